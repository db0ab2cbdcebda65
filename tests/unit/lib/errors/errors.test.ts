import { describe, expect, it } from 'vitest';
import {
	errorPath,
	errorSlug,
	errorSummary,
	homePageErrors,
	orderedErrors,
} from '../../../../src/lib/errors/errors.ts';
import type { ErrorNode, GraphNode } from '../../../../src/schemas/graph.ts';

const error = (id: string, start: string): ErrorNode => ({
	type: 'error',
	id,
	title: `Title of ${id}`,
	label: id,
	summary: 'A summary long enough for the schema.',
	dialogs: ['A dialog text'],
	codes: [],
	sentences: [],
	start,
	causes: ['certificate'],
	sources: [{ title: 'Doc', url: 'https://learn.microsoft.com/x', publisher: 'microsoft' }],
});

describe('error slugs and paths', () => {
	it('drops the "error-" prefix for the page segment', () => {
		expect(errorSlug('error-0x204')).toBe('0x204');
		expect(errorPath('error-credssp-oracle')).toBe('errors/credssp-oracle/');
	});
});

describe('orderedErrors', () => {
	it('puts the error at the graph start first, then the others by id, and drops other nodes', () => {
		const nodes: GraphNode[] = [
			error('error-zz', 'q3'),
			error('error-0x204', 'q2'),
			error('error-0x904-0x7', 'gateway'),
			{
				type: 'unmatched',
				id: 'unmatched',
				finding: 'Nothing matched here.',
				collect: [{ what: 'Logs' }],
				help: [{ title: 'Q&A', url: 'https://learn.microsoft.com/answers' }],
			},
		];
		expect(orderedErrors(nodes, 'gateway').map((e) => e.id)).toEqual([
			'error-0x904-0x7',
			'error-0x204',
			'error-zz',
		]);
	});

	it('keeps only what the browser needs in the summary', () => {
		expect(Object.keys(errorSummary(error('error-a', 'q1'))).sort()).toEqual([
			'causes',
			'codes',
			'id',
			'sentences',
			'start',
			'title',
		]);
	});
});

describe('homePageErrors', () => {
	it("names every error but the home page's own and those kept off the home page", () => {
		const errors = [
			error('error-0x904-0x7', 'gateway'),
			error('error-0x204', 'q2'),
			{ ...error('error-black-screen', 'q3'), onHomePage: false },
			{ ...error('error-listed', 'q4'), onHomePage: true },
		];
		expect(homePageErrors(errors, 'gateway').map((e) => e.id)).toEqual([
			'error-0x204',
			'error-listed',
		]);
	});
});

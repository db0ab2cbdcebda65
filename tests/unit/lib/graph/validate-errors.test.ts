import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGraphFiles } from '../../../../src/lib/graph/check-files.ts';
import { formatProblems } from '../../../../src/lib/graph/problem.ts';

const DOC_IDS = new Set(['guides/c-a', 'guides/c-b', 'guides/c-c']);
const valid = JSON.parse(readFileSync('tests/fixtures/graph/valid.json', 'utf8')) as {
	start: string;
	nodes: Record<string, unknown>[];
};

/** An error node of the valid fixture's graph; `fields` override the defaults. */
const error = (fields: Record<string, unknown>) => ({
	type: 'error',
	id: 'error-a',
	title: 'Error A',
	label: 'Error A',
	summary: 'What error A means, long enough.',
	dialogs: ['The dialog of error A.'],
	codes: ['disconnect/0x904'],
	start: 'q1',
	causes: ['c-a'],
	sources: [
		{ title: 'A Microsoft page', url: 'https://learn.microsoft.com/a', publisher: 'microsoft' },
	],
	...fields,
});

/** A question of the fixture's shape with its three answers. */
const question = (id: string, yes: string, no = 'unmatched') => ({
	...valid.nodes.find((n) => n['id'] === 'q2')!,
	id,
	yes,
	no,
	unsure: 'unmatched',
});

const check = (...extra: Record<string, unknown>[]) =>
	checkGraphFiles(
		[
			{ id: 'graph.json', data: valid },
			{ id: 'errors.json', data: { nodes: extra } },
		],
		DOC_IDS,
		{ maxDepth: 2 },
	).problems;

describe('errors in the graph', () => {
	it('accepts an error at the graph start and a second error whose tree is its own', () => {
		const problems = check(
			error({}),
			error({ id: 'error-b', start: 'q-b', causes: ['c-b'] }),
			question('q-b', 'o-b'),
		);
		expect(problems, formatProblems(problems)).toEqual([]);
	});

	it.each([
		[{ start: 'o-a' }, 'start -> "o-a"', /starts at a question, and "o-a" is a outcome/],
		[{ start: 'q-none' }, 'start -> "q-none"', /no node has the id "q-none"/],
		[{ causes: ['c-a', 'q2'] }, 'causes -> "q2"', /there is no cause node "q2"/],
		[{ causes: ['c-a', 'c-a'] }, 'causes -> "c-a"', /listed twice/],
	])('names the error and the field for %o', (fields, edge, message) => {
		const problems = check(error({}), error({ id: 'error-b', ...fields }));
		expect(
			problems.find((p) => p.node === 'error-b' && p.edge === edge && message.test(p.message)),
			formatProblems(problems),
		).toBeDefined();
	});

	it('wants each listed cause on an outcome of that error’s own tree', () => {
		// q2 leads to o-b (c-b) only; c-a is reached from q1, not from q2.
		const problems = check(
			error({}),
			error({ id: 'error-b', start: 'q2', causes: ['c-b', 'c-a'] }),
		);
		expect(formatProblems(problems)).toMatch(
			/node "error-b", causes -> "c-a": no outcome reachable from "q2" names "c-a"/,
		);
	});

	it('keeps the depth bound per error', () => {
		const problems = check(
			error({}),
			error({ id: 'error-b', start: 'q-b1', causes: ['c-b'] }),
			question('q-b1', 'q-b2'),
			question('q-b2', 'q-b3'),
			question('q-b3', 'o-b'),
		);
		expect(formatProblems(problems)).toMatch(
			/node "error-b", start: the longest path of this error's tree asks 3 questions \(q-b1 -> q-b2 -> q-b3\)/,
		);
	});

	it('wants one error at the graph start, and counts nodes reached from any error as reachable', () => {
		const problems = check(error({ start: 'q-b', causes: ['c-b'] }), question('q-b', 'o-b'));
		expect(formatProblems(problems)).toMatch(/no error starts at the graph's start "q1"/);
		expect(problems.some((p) => p.node === 'q-b')).toBe(false);
	});

	it('checks the error fields by schema, naming the node', () => {
		const problems = check(
			error({ id: 'a-error' }),
			error({
				id: 'error-c',
				sources: [{ title: 'A blog', url: 'https://example.com/', publisher: 'community' }],
			}),
		);
		expect(formatProblems(problems)).toMatch(
			/node "a-error", id: an error id starts with "error-"/,
		);
		expect(formatProblems(problems)).toMatch(
			/node "error-c", sources: an error cites at least one Microsoft/,
		);
	});
});

import { describe, expect, it } from 'vitest';
import type { ErrorSummary } from '../../../../src/lib/errors/errors.ts';
import { matchErrors } from '../../../../src/lib/errors/match.ts';
import { diagnoseDataOf } from '../../../../src/lib/diagnose/bundle.ts';
import { diagnose, indexDiagnoseData } from '../../../../src/lib/diagnose/diagnose.ts';
import { orderedErrors } from '../../../../src/lib/errors/errors.ts';
import { treeBundle } from '../../../../src/lib/tree/tree-bundle.ts';
import { NOW } from '../../../support/diagnose-index.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';
import { index as codeIndex } from '../codes/data.ts';

const summary = (id: string, codes: string[], sentences: string[]): ErrorSummary => ({
	id,
	title: id,
	start: 'q',
	codes,
	sentences,
	causes: ['certificate'],
});
const pair = summary(
	'error-0x904-0x7',
	['disconnect/0x904', 'extended/0x7'],
	['cannot-connect-generic'],
);
const reach = summary(
	'error-0x204',
	['disconnect/0x204'],
	['cannot-connect-generic', 'cannot-connect-prefix'],
);
const oracle = summary('error-credssp-oracle', [], ['credssp-oracle']);
const errors = [pair, reach, oracle];
const ids = (codes: string[], sentences: string[]) =>
	matchErrors(errors, codes, sentences).map((m) => m.error.id);

describe('matchErrors', () => {
	it('names the error whose code the text shows, above one that only shares its sentence', () => {
		expect(ids(['disconnect/0x204'], ['cannot-connect-generic'])).toEqual([
			'error-0x204',
			'error-0x904-0x7',
		]);
	});

	it('names an error from its sentence alone', () => {
		expect(ids([], ['credssp-oracle'])).toEqual(['error-credssp-oracle']);
	});

	it('prefers the error whose codes are all there', () => {
		const both = summary('error-0x904-alone', ['disconnect/0x904'], []);
		const found = matchErrors([both, pair], ['disconnect/0x904', 'extended/0x7'], []);
		expect(found.map((m) => m.error.id)).toEqual(['error-0x904-0x7', 'error-0x904-alone']);
		expect(found[0]?.codes).toEqual(['disconnect/0x904', 'extended/0x7']);
	});

	it('returns nothing when no code or sentence of an error is found', () => {
		expect(ids(['disconnect/0x3'], ['internal-error'])).toEqual([]);
	});
});

describe('the paste names the error it shows (real graph, code tables and recognizer)', () => {
	const graph = loadRealGraph();
	const index = indexDiagnoseData({ ...diagnoseDataOf(treeBundle(graph)), codes: codeIndex });
	const findable = orderedErrors(graph.nodes, graph.start).filter(
		(e) => e.codes.length + e.sentences.length > 0,
	);

	it('reads "This is error 0x904 with extended 0x7" from the dialog as the home page error', () => {
		const d = diagnose(
			"This computer can't connect to the remote computer.\nError code: 0x904\nExtended error code: 0x7",
			index,
			NOW,
		);
		expect(d.errors[0]?.error.id).toBe('error-0x904-0x7');
		expect(d.errors[0]?.codes).toEqual(['disconnect/0x904', 'extended/0x7']);
	});

	it.each(findable.map((e) => [e.id, e] as const))(
		'finds %s in its own dialog texts',
		(_, error) => {
			const d = diagnose(error.dialogs.join('\n'), index, NOW);
			expect(d.errors.map((m) => m.error.id)).toContain(error.id);
		},
	);
});

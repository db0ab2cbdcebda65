import { describe, expect, it } from 'vitest';
import {
	causeDepths,
	MEAN_LIMIT,
	summarizeDepths,
	WORST_LIMIT,
} from '../../../../src/lib/tree/cause-depth.ts';
import { indexTree } from '../../../../src/lib/tree/tree-data.ts';
import { realErrorTrees } from '../../../support/error-trees.ts';
import { outcome as o, question as q } from '../../../support/tree-nodes.ts';

// a -yes-> o-x; a -no-> b -yes-> o-y; b -no-> o-z; o-x "not fixed" -> o-y; o-z "not fixed" -> o-w.
const tree = indexTree({
	start: 'a',
	nodes: [
		q('a', 'o-x', 'b'),
		q('b', 'o-y', 'o-z'),
		o('o-x', 'x', 'o-y'),
		o('o-y', 'y', 'unmatched'),
		o('o-z', 'z', 'o-w'),
		o('o-w', 'w', 'unmatched'),
		{
			type: 'unmatched',
			id: 'unmatched',
			finding: 'Nothing matched.',
			collect: [{ what: 'Logs' }],
			help: [{ title: 'Q&A', url: 'https://learn.microsoft.com/answers' }],
		},
	],
	causes: [],
	questionsLeft: {},
});

describe('causeDepths', () => {
	it('counts the fewest questions on answers alone, or after a "did not fix it" when only that reaches', () => {
		// y: two answers through b, not one answer and the failed fix of x; w only after z's fix.
		expect(causeDepths(tree, ['x', 'y', 'z', 'w', 'v'])).toEqual([
			{ cause: 'x', questions: 1 },
			{ cause: 'y', questions: 2 },
			{ cause: 'z', questions: 2 },
			{ cause: 'w', questions: 2 },
			{ cause: 'v', questions: undefined },
		]);
	});
});

describe('summarizeDepths', () => {
	it('gives the mean and worst over the causes reached', () => {
		const s = summarizeDepths(causeDepths(tree, ['x', 'y', 'z']));
		expect([s.mean, s.worst, s.flagged]).toEqual([5 / 3, 2, false]);
	});

	it('flags a mean at the limit, a worst above the bound, and an unreached cause', () => {
		const d = (questions: number | undefined) => ({ cause: 'c', questions });
		expect(summarizeDepths([d(MEAN_LIMIT)]).flagged).toBe(true);
		expect(summarizeDepths([d(MEAN_LIMIT - 1)]).flagged).toBe(false);
		expect(summarizeDepths([d(1), d(1), d(1), d(WORST_LIMIT + 1)]).flagged).toBe(true);
		expect(summarizeDepths([d(1), d(undefined)]).flagged).toBe(true);
	});
});

describe('every error of the real graph', () => {
	it.each(realErrorTrees().map((t) => [t.error.id, t] as const))(
		'%s reaches each of its causes within the depth bound',
		(_, { error, tree: errorTree }) => {
			const depths = causeDepths(errorTree, error.causes);
			for (const d of depths) {
				expect(d.questions, d.cause).toBeGreaterThan(0);
				expect(d.questions, d.cause).toBeLessThanOrEqual(WORST_LIMIT);
			}
		},
	);
});

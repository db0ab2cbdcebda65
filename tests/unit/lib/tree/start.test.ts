import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../../src/lib/tree/outline.ts';
import { progressOf } from '../../../../src/lib/tree/progress.ts';
import { routesFromErrors, routesToCause } from '../../../../src/lib/tree/routes.ts';
import { indexTree, startingAt, toTreeData } from '../../../../src/lib/tree/tree-data.ts';
import { decodeWalk, encodeWalk, walkFromSearch } from '../../../../src/lib/tree/url-state.ts';
import { currentNode, reduce, START, walkTo } from '../../../../src/lib/tree/walk.ts';
import { realErrorTrees } from '../../../support/error-trees.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';

const data = toTreeData(loadRealGraph());
// A question other than the home start, to prove a tree can begin anywhere (data-driven: the
// first question that the home start's own answers lead to).
const home = indexTree(data);
const elsewhere = (() => {
	const first = home.nodes.get(data.start);
	const next = first?.type === 'question' ? home.nodes.get(first.no) : undefined;
	if (next?.type !== 'question') throw new Error('the home start\'s "no" is not a question');
	return next.id;
})();

describe('startingAt', () => {
	it('returns the same data for the current start', () => {
		expect(startingAt(data, data.start)).toBe(data);
	});

	it('refuses a leaf or an unknown id', () => {
		const leaf = data.nodes.find((n) => n.type !== 'question')!;
		expect(startingAt(data, leaf.id)).toBeUndefined();
		expect(startingAt(data, 'no-such-question')).toBeUndefined();
	});

	const tree = indexTree(startingAt(data, elsewhere)!);

	it('starts walks, progress and the URL state at the new start', () => {
		expect(currentNode(tree, START).id).toBe(elsewhere);
		expect(progressOf(tree, START).questionNumber).toBe(1);
		const walk = reduce(tree, START, { type: 'answer', answer: 'yes' });
		expect(walk.steps[0]?.at).toBe(elsewhere);
		expect(decodeWalk(tree, encodeWalk(walk))).toEqual({ type: 'ok', walk });
	});

	it("resets a link made for the home tree, whose first step is another tree's start", () => {
		const homeWalk = reduce(home, START, { type: 'answer', answer: 'yes' });
		expect(decodeWalk(tree, encodeWalk(homeWalk))).toMatchObject({
			type: 'reset',
			reason: 'unknown-step',
		});
		expect(walkFromSearch(tree, '?tree=%3Cscript%3E')).toMatchObject({
			type: 'reset',
			reason: 'malformed',
		});
	});

	it('finds walks, outline and routes from the new start', () => {
		const outline = outlineOf(tree.data);
		expect(outline.questions[0]?.node.id).toBe(elsewhere);
		expect(outline.questions.some((q) => q.node.id === data.start)).toBe(false);
		const outcome = outline.outcomes[0]!;
		expect(walkTo(tree, outcome.node.id)?.steps[0]?.at).toBe(elsewhere);
		for (const route of routesToCause(tree, outcome.cause.id))
			expect(route.search.startsWith(`?tree=${elsewhere}_`)).toBe(true);
	});
});

describe('each error of the real graph', () => {
	const trees = realErrorTrees();

	it.each(trees.map((t) => [t.error.id, t] as const))(
		'%s: its tree opens at its start, and its outline holds its questions',
		(_, { error, tree }) => {
			expect(currentNode(tree, START)).toMatchObject({ type: 'question', id: error.start });
			expect(outlineOf(tree.data).questions[0]?.node.id).toBe(error.start);
		},
	);

	it('every cause an error lists has a route from that error, linked to the error', () => {
		for (const { error, tree } of trees)
			for (const cause of error.causes) {
				const groups = routesFromErrors(trees, cause);
				const own = groups.find((g) => g.error.id === error.id);
				expect(own?.routes.length, `${error.id} -> ${cause}`).toBeGreaterThan(0);
				for (const route of own!.routes)
					expect(currentNode(tree, walkFromSearch(tree, route.search).walk)).toMatchObject({
						type: 'outcome',
						cause,
					});
			}
	});

	it('the outline from every start numbers every question of the graph once', () => {
		const outline = outlineOf(data, [data.start, ...trees.map((t) => t.error.start)]);
		const questions = data.nodes.filter((n) => n.type === 'question');
		expect(outline.questions.map((q) => q.number)).toEqual(questions.map((_, i) => i + 1));
		expect(new Set(outline.questions.map((q) => q.node.id)).size).toBe(questions.length);
	});
});

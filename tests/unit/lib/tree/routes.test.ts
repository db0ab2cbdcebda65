import { describe, expect, it } from 'vitest';
import { indexTree, toTreeData } from '../../../../src/lib/tree/tree-data';
import { plainestWalkTo, plainestWalks, routesToCause } from '../../../../src/lib/tree/routes';
import { walkFromSearch } from '../../../../src/lib/tree/url-state';
import { currentNode } from '../../../../src/lib/tree/walk';
import { loadHomeGraph } from '../../../support/real-graph';
import { outcome, question, unmatched } from '../../../support/tree-nodes';

const graph = loadHomeGraph();
const tree = indexTree(toTreeData(graph));
const causes = graph.nodes.filter((n) => n.type === 'cause').map((n) => n.id);

describe('routesToCause over the real graph', () => {
	it.each(causes)(
		'finds at least one route to %s, each reopening the tree at its outcome',
		(cause) => {
			const routes = routesToCause(tree, cause);
			expect(routes.length).toBeGreaterThan(0);
			for (const route of routes) {
				const decoded = walkFromSearch(tree, route.search);
				expect(decoded.type).toBe('ok');
				const node = currentNode(tree, decoded.walk);
				expect(node).toMatchObject({ type: 'outcome', id: route.outcome, cause });
				expect(route.trail.length).toBe(decoded.walk.steps.length);
			}
		},
	);

	it('lists shorter routes first', () => {
		for (const cause of causes) {
			const lengths = routesToCause(tree, cause).map((r) => r.trail.length);
			expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
		}
	});

	it('returns nothing for an id no outcome names', () => {
		expect(routesToCause(tree, 'no-such-cause')).toEqual([]);
	});
});

describe('plainestWalkTo', () => {
	// "a" reaches "o" in one step through "Not sure", or in two through plain answers.
	const tree = indexTree({
		start: 'a',
		nodes: [
			question('a', 'b', 'u', 'o'),
			question('b', 'o', 'u', 'u'),
			outcome('o', 'c', 'u'),
			unmatched('u'),
		],
		causes: [{ id: 'c', title: 'Cause c', summary: 'A cause for the test.', guide: 'guides/c' }],
		questionsLeft: { a: 2, b: 1 },
	});

	it('takes two plain answers over one "Not sure" detour', () => {
		expect(plainestWalkTo(tree, 'o')).toEqual({
			steps: [
				{ at: 'a', move: 'yes' },
				{ at: 'b', move: 'yes' },
			],
		});
	});

	it('returns the empty walk for the start and undefined for a node nothing reaches', () => {
		expect(plainestWalkTo(tree, 'a')).toEqual({ steps: [] });
		expect(plainestWalkTo(tree, 'nowhere')).toBeUndefined();
	});
});

describe('plainestWalks', () => {
	const cost = (walk: { steps: readonly { move: string }[] }) =>
		walk.steps.reduce(
			(sum, s) => sum + (s.move === 'unsure' ? 1000 : s.move === 'notFixed' ? 1_000_000 : 1),
			0,
		);

	/** Cheapest cost to every node by plain relaxation until nothing changes: slow, obviously right. */
	function cheapestCosts(): Map<string, number> {
		const costs = new Map<string, number>([[tree.data.start, 0]]);
		for (let changed = true; changed;) {
			changed = false;
			for (const node of tree.data.nodes) {
				const here = costs.get(node.id);
				if (here === undefined) continue;
				const edges: [string | undefined, number][] =
					node.type === 'question'
						? [
								[node.yes, 1],
								[node.no, 1],
								[node.unsure, 1000],
							]
						: node.type === 'outcome'
							? [[node.notFixed, 1_000_000]]
							: [];
				for (const [next, step] of edges) {
					if (next === undefined || !tree.nodes.has(next)) continue;
					if (here + step < (costs.get(next) ?? Infinity)) {
						costs.set(next, here + step);
						changed = true;
					}
				}
			}
		}
		return costs;
	}

	it('finds a cheapest walk to every reachable node of the real graph, and nothing else', () => {
		const walks = plainestWalks(tree);
		const costs = cheapestCosts();
		expect([...walks.keys()].sort()).toEqual([...costs.keys()].sort());
		for (const [id, walk] of walks) expect(cost(walk), id).toBe(costs.get(id));
	});

	it('is computed once per tree: a site with N guides asks N times', () => {
		expect(plainestWalks(tree)).toBe(plainestWalks(tree));
	});
});

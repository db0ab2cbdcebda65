import { describe, expect, it } from 'vitest';
import { edgesOf, indexNodes } from '../../../../src/lib/graph/edges.ts';
import type { GraphNode, NodeId } from '../../../../src/schemas/graph.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';

/**
 * Walks every path from `start` over answers and "did not fix it" moves (depth first, one shared
 * stack), calling `stop` at each place a walk can end: an outcome (its fix worked) and a node with
 * no move left. Returns how many such ends there were.
 */
function everyPath(
	index: ReadonlyMap<NodeId, GraphNode>,
	start: NodeId,
	stop: (node: GraphNode | undefined, path: readonly string[]) => void,
): number {
	const path: string[] = [];
	let ends = 0;
	const visit = (id: NodeId): void => {
		const node = index.get(id);
		const edges = node === undefined ? [] : edgesOf(node, true);
		if (node?.type === 'outcome' || edges.length === 0) {
			ends++;
			stop(node, path);
		}
		for (const edge of edges) {
			path.push(`${id}:${edge.name}`);
			visit(edge.to);
			path.pop();
		}
	};
	visit(start);
	return ends;
}

describe("every error's tree", () => {
	const graph = loadRealGraph();
	const index = indexNodes(graph);
	const errors = graph.nodes.filter((n) => n.type === 'error');

	it('has at least the home page error', () => {
		expect(errors.some((e) => e.start === graph.start)).toBe(true);
	});

	it.each(errors.map((e) => [e.id, e] as const))(
		'%s: every path, answers and "did not fix it" alike, ends at an outcome of a real cause or at "unmatched"',
		(_, error) => {
			const bad: string[] = [];
			const causes = new Set<NodeId>();
			const ends = everyPath(index, error.start, (node, path) => {
				if (node?.type === 'outcome' && index.get(node.cause)?.type === 'cause')
					causes.add(node.cause);
				else if (node?.type !== 'unmatched' && bad.length < 5)
					bad.push(`${path.join(' > ')} ends at ${node?.type ?? 'a missing node'}`);
			});
			expect(bad).toEqual([]);
			expect(ends).toBeGreaterThan(1);
			// Every cause the error lists is an end of some path of its own tree.
			expect(error.causes.filter((c) => !causes.has(c))).toEqual([]);
		},
		// The home tree's paths take about 2 s alone, more in the full run on a loaded machine.
		20_000,
	);
});

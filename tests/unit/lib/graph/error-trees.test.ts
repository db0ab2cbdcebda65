/**
 * The trees of the errors of issue 13 stay short: from each error's start, the fewest questions to
 * an outcome of each listed cause average under 6 and no path asks more than 16. The figures are
 * printed so a run shows them (mean of the fewest questions per cause, and the most questions on
 * any path that ends at that cause).
 */
import { describe, expect, it } from 'vitest';
import type { ErrorNode, GraphNode, NodeId } from '../../../../src/schemas/graph.ts';
import { indexNodes } from '../../../../src/lib/graph/edges.ts';
import { edgesOf } from '../../../../src/lib/graph/traverse.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';

/** Per cause: the fewest and the most questions on the answer paths from `start` to its outcomes. */
function questionsPerCause(
	index: ReadonlyMap<NodeId, GraphNode>,
	start: NodeId,
): Map<string, { fewest: number; most: number }> {
	const found = new Map<string, { fewest: number; most: number }>();
	const walk = (id: NodeId, asked: number): void => {
		const node = index.get(id);
		if (node?.type === 'outcome') {
			const seen = found.get(node.cause);
			found.set(node.cause, {
				fewest: Math.min(seen?.fewest ?? asked, asked),
				most: Math.max(seen?.most ?? asked, asked),
			});
		}
		if (node?.type !== 'question') return;
		for (const edge of edgesOf(node, false)) walk(edge.to, asked + 1);
	};
	walk(start, 0);
	return found;
}

const graph = loadRealGraph();
const index = indexNodes(graph);
const ERRORS = ['error-rd-licensing', 'error-rd-gateway', 'error-0x907', 'error-0x112f'];

describe('the trees of the licensing, gateway, 0x907 and 0x112f errors', () => {
	it.each(ERRORS)('%s reaches each cause in under 6 questions on average, at most 16', (id) => {
		const error = index.get(id) as ErrorNode | undefined;
		expect(error?.type).toBe('error');
		if (error?.type !== 'error') return;
		const perCause = questionsPerCause(index, error.start);
		const rows = error.causes.map((cause) => ({ cause, ...perCause.get(cause) }));
		for (const row of rows) expect(row.fewest, `${id} never reaches ${row.cause}`).toBeDefined();
		const mean = rows.reduce((sum, row) => sum + (row.fewest ?? Infinity), 0) / rows.length;
		const worst = Math.max(...rows.map((row) => row.most ?? Infinity));
		console.info(`${id}: mean ${mean.toFixed(2)}, worst ${worst}`, rows);
		expect(mean).toBeLessThan(6);
		expect(worst).toBeLessThanOrEqual(16);
	});
});

import type { Graph, GraphPart } from '../../schemas/graph.ts';
import type { GraphProblem } from './problem.ts';

/**
 * Joins the graph files into one graph with nodes sorted by id (collection order is not stable).
 * Exactly one file declares `start`; more than one is reported as a problem.
 */
export function mergeGraphParts(parts: readonly { id: string; data: GraphPart }[]): {
	graph: Graph;
	problems: GraphProblem[];
} {
	const sorted = [...parts].sort((a, b) => a.id.localeCompare(b.id));
	const starts = sorted.filter((p) => p.data.start !== undefined);
	const problems: GraphProblem[] = starts.slice(1).map((p) => ({
		node: p.data.start!,
		edge: 'start',
		message: `"start" is declared in ${starts.map((s) => `"${s.id}"`).join(' and ')}: keep it in one file.`,
	}));
	const nodes = sorted.flatMap((p) => p.data.nodes).sort((a, b) => a.id.localeCompare(b.id));
	const start = starts[0]?.data.start;
	return { graph: start === undefined ? { nodes } : { start, nodes }, problems };
}

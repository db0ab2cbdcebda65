/**
 * The graph checks of errors (entry points with their own trees); part of validateGraph.
 */
import type { ErrorNode, Graph, GraphNode, NodeId } from '../../schemas/graph.ts';
import { longestQuestionPath, reachableFrom } from './edges.ts';
import type { GraphProblem } from './problem.ts';

/** The causes named by the outcomes among `reached`. */
export function causesNamed(
	index: ReadonlyMap<NodeId, GraphNode>,
	reached: Iterable<NodeId>,
): Set<NodeId> {
	const named = new Set<NodeId>();
	for (const id of reached) {
		const node = index.get(id);
		if (node?.type === 'outcome') named.add(node.cause);
	}
	return named;
}

/**
 * Each error's own tree: its start is a question, its causes exist and are each named by an
 * outcome its tree reaches, and its longest path keeps the depth bound. One error starts where
 * the graph starts (the home page's error).
 */
export function checkErrors(
	graph: Graph,
	index: ReadonlyMap<NodeId, GraphNode>,
	errors: readonly ErrorNode[],
	maxDepth: number,
	problems: GraphProblem[],
): void {
	if (errors.length > 0 && !errors.some((e) => e.start === graph.start))
		problems.push({
			node: graph.start ?? '(graph)',
			edge: 'start',
			message: `no error starts at the graph's start "${graph.start}": give the home page's error "start": "${graph.start}".`,
		});
	for (const error of errors) {
		const start = index.get(error.start);
		if (start?.type !== 'question') {
			problems.push({
				node: error.id,
				edge: `start -> "${error.start}"`,
				message: start
					? `an error's tree starts at a question, and "${error.start}" is a ${start.type}.`
					: `no node has the id "${error.start}": point "start" at a question.`,
			});
			continue;
		}
		const named = causesNamed(index, reachableFrom(index, error.start, true));
		const listed = new Set<NodeId>();
		for (const cause of error.causes) {
			if (listed.has(cause))
				problems.push({
					node: error.id,
					edge: `causes -> "${cause}"`,
					message: 'the cause is listed twice.',
				});
			listed.add(cause);
			if (index.get(cause)?.type !== 'cause')
				problems.push({
					node: error.id,
					edge: `causes -> "${cause}"`,
					message: `there is no cause node "${cause}": use the id of a cause.`,
				});
			else if (!named.has(cause))
				problems.push({
					node: error.id,
					edge: `causes -> "${cause}"`,
					message: `no outcome reachable from "${error.start}" names "${cause}": add one to this error's tree.`,
				});
		}
		const longest = longestQuestionPath(index, error.start);
		if (longest.length > maxDepth)
			problems.push({
				node: error.id,
				edge: 'start',
				message: `the longest path of this error's tree asks ${longest.length} questions (${longest.join(' -> ')}), more than the bound of ${maxDepth}.`,
			});
	}
}

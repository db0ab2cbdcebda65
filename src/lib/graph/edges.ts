/**
 * Edges of the knowledge graph as the graph checks need them. Answer edges (yes/no/unsure) form
 * the decision tree proper; `notFixed` edges continue a walk after an outcome whose fix did not
 * help. The successor rule and the searches live in traverse.ts.
 */
import type { Graph, GraphNode, NodeId, StepNode } from '../../schemas/graph.ts';
import { edgesOf, follow, type Edge, type Move } from './traverse.ts';

export { edgesOf, reachableFrom, type Edge } from './traverse.ts';

/** Name of an edge as problem messages and the tree's URL state spell it. */
export type EdgeName = Move;

/** Map from id to node (the first node wins when ids repeat; validation reports duplicates). */
export function indexNodes(graph: Graph): Map<NodeId, GraphNode> {
	const index = new Map<NodeId, GraphNode>();
	for (const node of graph.nodes) if (!index.has(node.id)) index.set(node.id, node);
	return index;
}

/** Type guard: a node a walk can stand on (question, outcome or unmatched). */
export function isStepNode(node: GraphNode | undefined): node is StepNode {
	return node !== undefined && node.type !== 'cause' && node.type !== 'error';
}

/**
 * Finds one cycle over the chosen edges, as the list of ids around it (first id repeated at
 * the end), or undefined. Iterative so a long chain cannot overflow the stack.
 */
export function findCycle(
	index: ReadonlyMap<NodeId, GraphNode>,
	includeNotFixed: boolean,
): NodeId[] | undefined {
	const state = new Map<NodeId, 'open' | 'done'>();
	for (const root of index.keys()) {
		if (state.has(root)) continue;
		const path: NodeId[] = [];
		const stack: { id: NodeId; next: Edge[] }[] = [];
		const enter = (id: NodeId): void => {
			state.set(id, 'open');
			path.push(id);
			const node = index.get(id);
			stack.push({ id, next: node ? edgesOf(node, includeNotFixed) : [] });
		};
		enter(root);
		while (stack.length > 0) {
			const top = stack[stack.length - 1]!;
			const edge = top.next.shift();
			if (edge === undefined) {
				state.set(top.id, 'done');
				stack.pop();
				path.pop();
				continue;
			}
			if (!index.has(edge.to)) continue;
			const seen = state.get(edge.to);
			if (seen === 'open') return [...path.slice(path.indexOf(edge.to)), edge.to];
			if (seen === undefined) enter(edge.to);
		}
	}
	return undefined;
}

/**
 * Longest number of questions from `from` to a leaf over answer edges, memoised in `memo`.
 * Only call on an acyclic graph.
 */
export function questionsToLeaf(
	index: ReadonlyMap<NodeId, GraphNode>,
	from: NodeId,
	memo: Map<NodeId, number> = new Map(),
): number {
	const known = memo.get(from);
	if (known !== undefined) return known;
	const node = index.get(from);
	if (node === undefined || node.type !== 'question') {
		memo.set(from, 0);
		return 0;
	}
	let longest = 0;
	for (const edge of edgesOf(node, false)) {
		longest = Math.max(longest, questionsToLeaf(index, edge.to, memo));
	}
	memo.set(from, longest + 1);
	return longest + 1;
}

/** The questions of one longest path from `from` to a leaf over answer edges. Acyclic graphs only. */
export function longestQuestionPath(index: ReadonlyMap<NodeId, GraphNode>, from: NodeId): NodeId[] {
	const memo = new Map<NodeId, number>();
	const longestEdge = (node: GraphNode): Move | undefined => {
		if (node.type !== 'question') return undefined;
		let best: Edge | undefined;
		let longest = -1;
		for (const edge of edgesOf(node, false)) {
			const questions = questionsToLeaf(index, edge.to, memo);
			if (questions > longest) [longest, best] = [questions, edge];
		}
		return best?.name;
	};
	return follow(index, from, longestEdge).map((step) => step.at);
}

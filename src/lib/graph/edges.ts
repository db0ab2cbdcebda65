/**
 * Edges of the knowledge graph. Answer edges (yes/no/unsure) form the decision tree proper;
 * `notFixed` edges continue a walk after an outcome whose fix did not help.
 */
import type { Graph, GraphNode, NodeId, StepNode } from '../../schemas/graph.ts';
import { assertNever } from '../assert-never.ts';

/** Name of an edge as problem messages and the tree's URL state spell it. */
export type EdgeName = 'yes' | 'no' | 'unsure' | 'notFixed';

/** One outgoing edge of a node. */
export interface Edge {
	readonly name: EdgeName;
	readonly to: NodeId;
}

/** Outgoing edges of a node; `includeNotFixed` adds an outcome's continuation. */
export function edgesOf(node: GraphNode, includeNotFixed: boolean): Edge[] {
	switch (node.type) {
		case 'question':
			return (['yes', 'no', 'unsure'] as const)
				.filter((name) => typeof node[name] === 'string' && node[name] !== '')
				.map((name) => ({ name, to: node[name] }));
		case 'outcome':
			return includeNotFixed ? [{ name: 'notFixed', to: node.notFixed }] : [];
		case 'cause':
		case 'unmatched':
			return [];
		default:
			return assertNever(node);
	}
}

/** Map from id to node (the first node wins when ids repeat; validation reports duplicates). */
export function indexNodes(graph: Graph): Map<NodeId, GraphNode> {
	const index = new Map<NodeId, GraphNode>();
	for (const node of graph.nodes) if (!index.has(node.id)) index.set(node.id, node);
	return index;
}

/** Type guard: a node a walk can stand on (question, outcome or unmatched). */
export function isStepNode(node: GraphNode | undefined): node is StepNode {
	return node !== undefined && node.type !== 'cause';
}

/** Ids of every node reachable from `from` over the chosen edges, `from` included. */
export function reachableFrom(
	index: ReadonlyMap<NodeId, GraphNode>,
	from: NodeId,
	includeNotFixed: boolean,
): Set<NodeId> {
	const seen = new Set<NodeId>();
	const stack = [from];
	while (stack.length > 0) {
		const id = stack.pop()!;
		const node = index.get(id);
		if (seen.has(id) || node === undefined) continue;
		seen.add(id);
		for (const edge of edgesOf(node, includeNotFixed)) stack.push(edge.to);
	}
	return seen;
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
	const path: NodeId[] = [];
	let node = index.get(from);
	while (node?.type === 'question') {
		path.push(node.id);
		let next: NodeId | undefined;
		let longest = -1;
		for (const edge of edgesOf(node, false)) {
			const questions = questionsToLeaf(index, edge.to, memo);
			if (questions > longest) [longest, next] = [questions, edge.to];
		}
		node = next === undefined ? undefined : index.get(next);
	}
	return path;
}

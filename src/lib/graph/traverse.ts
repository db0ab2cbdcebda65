/**
 * The one place that knows how the knowledge graph is walked: which edges leave a node (the
 * successor rule), breadth-first search, reachability, cheapest paths, and the plain walk that
 * takes one chosen move per node. The graph checks (edges.ts), the tree's walk, outline and
 * routes, and paste-to-diagnose's plan build on these. Nodes are looked up in a map by id; an
 * edge to an id the map lacks leads nowhere (validation reports it).
 */
import type { GraphNode, NodeId } from '../../schemas/graph.ts';
import { assertNever } from '../assert-never.ts';
import { MinHeap } from './min-heap.ts';

/** An answer at a question. */
export type Answer = 'yes' | 'no' | 'unsure';
/** A move: an answer at a question, or "this did not fix it" at an outcome. */
export type Move = Answer | 'notFixed';

/** The answers, in the order every traversal tries them. */
export const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];

/** One move made at a node. */
export interface Step {
	/** The node the move was made at. */
	readonly at: NodeId;
	/** What the person chose there. */
	readonly move: Move;
}

/** One outgoing edge of a node, named by its move. */
export interface Edge {
	readonly name: Move;
	readonly to: NodeId;
}

/** Nodes by id. */
export type NodeMap<N extends GraphNode = GraphNode> = ReadonlyMap<NodeId, N>;

/**
 * Where a move at a node leads: a question's answer, an outcome's "not fixed". Undefined when the
 * move does not apply, or when an unvalidated question leaves the answer empty.
 */
export function target(node: GraphNode, move: Move): NodeId | undefined {
	switch (node.type) {
		case 'question': {
			if (move === 'notFixed') return undefined;
			const to: unknown = node[move];
			return typeof to === 'string' && to !== '' ? to : undefined;
		}
		case 'outcome':
			return move === 'notFixed' ? node.notFixed : undefined;
		case 'cause':
		case 'unmatched':
		case 'error':
			return undefined;
		default:
			return assertNever(node);
	}
}

/** Outgoing edges of a node (yes, no, unsure); `includeNotFixed` adds an outcome's continuation. */
export function edgesOf(node: GraphNode, includeNotFixed: boolean): Edge[] {
	const moves: readonly Move[] = includeNotFixed ? [...ANSWERS, 'notFixed'] : ANSWERS;
	return moves.flatMap((name) => {
		const to = target(node, name);
		return to === undefined ? [] : [{ name, to }];
	});
}

/**
 * Breadth first from `from` over the chosen edges: every node reached, in the order reached
 * (the map's order), with the step that first reached it (null for `from`). Empty when `nodes`
 * lacks `from`.
 */
export function breadthFirst(
	nodes: NodeMap,
	from: NodeId,
	includeNotFixed: boolean,
): Map<NodeId, Step | null> {
	const via = new Map<NodeId, Step | null>();
	if (!nodes.has(from)) return via;
	via.set(from, null);
	const queue: NodeId[] = [from];
	for (let head = 0; head < queue.length; head++) {
		const at = queue[head]!;
		for (const edge of edgesOf(nodes.get(at)!, includeNotFixed)) {
			if (via.has(edge.to) || !nodes.has(edge.to)) continue;
			via.set(edge.to, { at, move: edge.name });
			queue.push(edge.to);
		}
	}
	return via;
}

/** Ids of every node reachable from `from` over the chosen edges, `from` included. */
export function reachableFrom(nodes: NodeMap, from: NodeId, includeNotFixed: boolean): Set<NodeId> {
	return new Set(breadthFirst(nodes, from, includeNotFixed).keys());
}

/** The steps from the search's start to `id`, oldest first, from a map of first steps. */
export function stepsTo(via: ReadonlyMap<NodeId, Step | null>, id: NodeId): Step[] {
	const steps: Step[] = [];
	for (let step = via.get(id); step; step = via.get(step.at)) steps.unshift(step);
	return steps;
}

/**
 * The cheapest way from `from` to every node it reaches over all edges (Dijkstra), as the step
 * that reached each node (null for `from`), in the order the nodes were settled. `cost` prices a
 * move (positive); ties go to the node found first.
 */
export function cheapestFrom(
	nodes: NodeMap,
	from: NodeId,
	cost: (move: Move) => number,
): Map<NodeId, Step | null> {
	const best = new Map<NodeId, { cost: number; via: Step | null }>([
		[from, { cost: 0, via: null }],
	]);
	const done = new Map<NodeId, Step | null>();
	const frontier = new MinHeap<NodeId>();
	let order = 0;
	frontier.push([0, order++, from]);
	while (frontier.size > 0) {
		const [spent, , at] = frontier.pop()!;
		const node = nodes.get(at);
		if (done.has(at) || spent > best.get(at)!.cost || node === undefined) continue;
		done.set(at, best.get(at)!.via);
		for (const edge of edgesOf(node, true)) {
			if (!nodes.has(edge.to) || done.has(edge.to)) continue;
			const next = spent + cost(edge.name);
			if (next < (best.get(edge.to)?.cost ?? Infinity)) {
				best.set(edge.to, { cost: next, via: { at, move: edge.name } });
				frontier.push([next, order++, edge.to]);
			}
		}
	}
	return done;
}

/**
 * The plain walk: from `from`, takes the move `choose` names at each node until it names none,
 * the move does not apply, or a node repeats. Each step carries where it led (`to`), which may be
 * an id `nodes` lacks (the walk ends there).
 */
export function follow<N extends GraphNode, M extends Move>(
	nodes: NodeMap<N>,
	from: NodeId,
	choose: (node: N) => M | undefined,
): { at: NodeId; move: M; to: NodeId }[] {
	const steps: { at: NodeId; move: M; to: NodeId }[] = [];
	const seen = new Set<NodeId>();
	for (let node = nodes.get(from); node && !seen.has(node.id);) {
		seen.add(node.id);
		const move = choose(node);
		const to = move === undefined ? undefined : target(node, move);
		if (move === undefined || to === undefined) break;
		steps.push({ at: node.id, move, to });
		node = nodes.get(to);
	}
	return steps;
}

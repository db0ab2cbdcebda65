/**
 * The ways the decision tree reaches a cause: for each outcome that names it, the plainest walk
 * from the start (fewest "Not sure" answers, then fewest steps), as the questions and answers a person gave and the link that reopens the tree
 * there. Guides show these as "How the tree gets here".
 */
import type { NodeId } from '../../schemas/graph.ts';
import type { TreeIndex } from './tree-data.ts';
import { trailOf, type TrailEntry } from './trail.ts';
import { encodeWalk, TREE_PARAM } from './url-state.ts';
import { target, type Move, type Step, type Walk } from './walk.ts';

/** One route to a cause. */
export interface CauseRoute {
	/** The outcome the route ends at. */
	readonly outcome: NodeId;
	/** What the answers on the way established. */
	readonly finding: string;
	/** The questions and answers, oldest first. */
	readonly trail: readonly TrailEntry[];
	/** Query string that opens the tree at the outcome, e.g. `?tree=gateway_n.port-open_y`. */
	readonly search: string;
}

// A "Not sure" answer is a detour a reader would not take by choice, and "did not fix it" means
// another cause's fix was tried first: both cost more than a plain yes or no.
const COST: Record<Move, number> = { yes: 1, no: 1, unsure: 1000, notFixed: 1_000_000 };

/** A small binary min-heap of [cost, order, node]; `order` keeps ties in discovery order. */
class Frontier {
	private readonly items: [number, number, NodeId][] = [];
	get size(): number {
		return this.items.length;
	}
	push(item: [number, number, NodeId]): void {
		const a = this.items;
		a.push(item);
		for (let i = a.length - 1; i > 0; ) {
			const parent = (i - 1) >> 1;
			if (!Frontier.less(a[i]!, a[parent]!)) break;
			[a[i], a[parent]] = [a[parent]!, a[i]!];
			i = parent;
		}
	}
	pop(): [number, number, NodeId] | undefined {
		const a = this.items;
		const top = a[0];
		const last = a.pop();
		if (a.length > 0 && last) {
			a[0] = last;
			for (let i = 0; ; ) {
				const l = 2 * i + 1;
				const r = l + 1;
				let min = i;
				if (l < a.length && Frontier.less(a[l]!, a[min]!)) min = l;
				if (r < a.length && Frontier.less(a[r]!, a[min]!)) min = r;
				if (min === i) break;
				[a[i], a[min]] = [a[min]!, a[i]!];
				i = min;
			}
		}
		return top;
	}
	private static less(x: [number, number, NodeId], y: [number, number, NodeId]): boolean {
		return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
	}
}

const walksCache = new WeakMap<TreeIndex, ReadonlyMap<NodeId, Walk>>();

/**
 * The cheapest walk from the start to every node it reaches, in one pass (Dijkstra over the
 * answer edges with a heap). Computed once per tree: a site with N guides asks for N causes,
 * and one search per cause made the build quadratic.
 */
export function plainestWalks(tree: TreeIndex): ReadonlyMap<NodeId, Walk> {
	const cached = walksCache.get(tree);
	if (cached) return cached;
	const best = new Map<NodeId, { cost: number; via: Step | null }>([[tree.data.start, { cost: 0, via: null }]]);
	const done = new Set<NodeId>();
	const frontier = new Frontier();
	let order = 0;
	frontier.push([0, order++, tree.data.start]);
	while (frontier.size > 0) {
		const [cost, , at] = frontier.pop()!;
		if (done.has(at) || cost > best.get(at)!.cost) continue;
		done.add(at);
		const node = tree.nodes.get(at);
		if (!node) continue;
		for (const move of ['yes', 'no', 'unsure', 'notFixed'] as const) {
			const next = target(node, move);
			if (next === undefined || !tree.nodes.has(next) || done.has(next)) continue;
			const nextCost = cost + COST[move];
			if (nextCost < (best.get(next)?.cost ?? Infinity)) {
				best.set(next, { cost: nextCost, via: { at, move } });
				frontier.push([nextCost, order++, next]);
			}
		}
	}
	const walks = new Map<NodeId, Walk>();
	for (const id of done) {
		const steps: Step[] = [];
		for (let step = best.get(id)!.via; step; step = best.get(step.at)!.via) steps.unshift(step);
		walks.set(id, { steps });
	}
	walksCache.set(tree, walks);
	return walks;
}

/** The cheapest walk from the start to `id`, or undefined when nothing reaches it. */
export function plainestWalkTo(tree: TreeIndex, id: NodeId): Walk | undefined {
	return plainestWalks(tree).get(id);
}

/** Every route to `cause`, shortest first (ties by outcome id, so the order is stable). */
export function routesToCause(tree: TreeIndex, cause: NodeId): CauseRoute[] {
	const routes: CauseRoute[] = [];
	for (const node of tree.data.nodes) {
		if (node.type !== 'outcome' || node.cause !== cause) continue;
		const walk = plainestWalkTo(tree, node.id);
		if (walk === undefined) continue;
		routes.push({
			outcome: node.id,
			finding: node.finding,
			trail: trailOf(tree, walk),
			search: `?${TREE_PARAM}=${encodeWalk(walk)}`,
		});
	}
	return routes.sort((a, b) => a.trail.length - b.trail.length || a.outcome.localeCompare(b.outcome));
}

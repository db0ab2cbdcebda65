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

/** The cheapest walk from the start to `id` (Dijkstra over the answer edges), or undefined. */
export function plainestWalkTo(tree: TreeIndex, id: NodeId): Walk | undefined {
	const best = new Map<NodeId, { cost: number; via: Step | null }>([[tree.data.start, { cost: 0, via: null }]]);
	const done = new Set<NodeId>();
	for (;;) {
		let at: NodeId | undefined;
		for (const [node, { cost }] of best)
			if (!done.has(node) && (at === undefined || cost < best.get(at)!.cost)) at = node;
		if (at === undefined) return undefined;
		if (at === id) break;
		done.add(at);
		const node = tree.nodes.get(at);
		if (!node) continue;
		for (const move of ['yes', 'no', 'unsure', 'notFixed'] as const) {
			const next = target(node, move);
			if (next === undefined || !tree.nodes.has(next) || done.has(next)) continue;
			const cost = best.get(at)!.cost + COST[move];
			if (cost < (best.get(next)?.cost ?? Infinity)) best.set(next, { cost, via: { at, move } });
		}
	}
	const steps: Step[] = [];
	for (let step = best.get(id)!.via; step; step = best.get(step.at)!.via) steps.unshift(step);
	return { steps };
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

/**
 * The ways the decision tree reaches a cause: for each outcome that names it, the plainest walk
 * from the start (fewest "Not sure" answers, then fewest steps), as the questions and answers a person gave and the link that reopens the tree
 * there. Guides show these as "How the tree gets here".
 */
import type { NodeId } from '../../schemas/graph.ts';
import type { TreeIndex } from './tree-data.ts';
import { trailOf, type TrailEntry } from './trail.ts';
import { encodeWalk, TREE_PARAM } from './url-state.ts';
import { cheapestFrom, stepsTo } from '../graph/traverse.ts';
import type { Move, Walk } from './walk.ts';

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

const walksCache = new WeakMap<TreeIndex, ReadonlyMap<NodeId, Walk>>();

/**
 * The cheapest walk from the start to every node it reaches, in one pass (Dijkstra over the
 * answer edges with a heap). Computed once per tree: a site with N guides asks for N causes,
 * and one search per cause made the build quadratic.
 */
export function plainestWalks(tree: TreeIndex): ReadonlyMap<NodeId, Walk> {
	const cached = walksCache.get(tree);
	if (cached) return cached;
	const via = cheapestFrom(tree.nodes, tree.data.start, (move) => COST[move]);
	const walks = new Map<NodeId, Walk>();
	for (const id of via.keys()) walks.set(id, { steps: stepsTo(via, id) });
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
	return routes.sort(
		(a, b) => a.trail.length - b.trail.length || a.outcome.localeCompare(b.outcome),
	);
}

/** The routes to a cause from one error's tree. */
export interface ErrorRoutes<E> {
	readonly error: E;
	readonly routes: readonly CauseRoute[];
}

/**
 * The routes to `cause` from each error's tree (a tree index started at the error's `start`), in
 * the order given, leaving out the errors whose tree never reaches the cause.
 */
export function routesFromErrors<E>(
	trees: readonly { readonly error: E; readonly tree: TreeIndex }[],
	cause: NodeId,
): ErrorRoutes<E>[] {
	return trees.flatMap(({ error, tree }) => {
		const routes = routesToCause(tree, cause);
		return routes.length > 0 ? [{ error, routes }] : [];
	});
}

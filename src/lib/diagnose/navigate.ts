/**
 * Where "continue in the tree" opens, and with which answers. Each target cause gets its cheapest
 * path from the start to one of its outcomes: a settled question must take its settled answer
 * (free), an open question prefers "Not sure" (cost 1) to an assumed yes or no (cost 3), so the
 * trail claims as little as possible. A question read off the error message itself (its check is
 * made in the `dialog`) is never assumed: only text that says it answers it, so a path that would
 * assume its answer stops there and the tree asks it. The walk is what the paths share; where they part is the
 * question that tells the causes apart. One target means its outcome.
 */
import type { NodeId, StepNode } from '../../schemas/graph.ts';
import { ANSWERS, follow, target } from '../graph/traverse.ts';
import type { TreeIndex } from '../tree/tree-data.ts';
import type { Walk } from '../tree/walk.ts';
import type { Settled } from './settle.ts';

/** Why a step of the walk has its answer. */
export type StepKind =
	/** The paste settles the answer. */
	| 'evidence'
	/** The paste says nothing; "Not sure" leads the same way. */
	| 'unknown'
	/** The paste says nothing, but every cause it points at lies behind this answer. */
	| 'assumed';

/** One step of the planned walk. */
export interface PlannedStep {
	readonly at: NodeId;
	readonly move: 'yes' | 'no' | 'unsure';
	readonly to: NodeId;
	readonly kind: StepKind;
	/** The settled answer behind an `evidence` step. */
	readonly settled: Settled | undefined;
}

/** Where the tree opens. */
export interface Plan {
	readonly steps: readonly PlannedStep[];
	/** The walk for the tree's URL state. */
	readonly walk: Walk;
	/** The node the walk ends on. */
	readonly opens: StepNode;
}

const UNSURE_COST = 1;
const ASSUMED_COST = 3;

function cheapestPath(
	tree: TreeIndex,
	settled: ReadonlyMap<NodeId, Settled>,
	targets: ReadonlySet<NodeId>,
): PlannedStep[] | undefined {
	const memo = new Map<NodeId, { cost: number; step?: PlannedStep }>();
	const visit = (id: NodeId): number => {
		const known = memo.get(id);
		if (known) return known.cost;
		memo.set(id, { cost: Infinity }); // the answer edges are acyclic (validated); this guards anyway
		const node = tree.nodes.get(id);
		let best: { cost: number; step?: PlannedStep } = { cost: targets.has(id) ? 0 : Infinity };
		if (node?.type === 'question' && best.cost > 0) {
			const fixed = settled.get(id);
			for (const move of fixed ? [fixed.answer] : ANSWERS) {
				const to = target(node, move);
				if (to === undefined) continue;
				const edge = fixed ? 0 : move === 'unsure' ? UNSURE_COST : ASSUMED_COST;
				const cost = edge + visit(to);
				const kind = fixed ? 'evidence' : move === 'unsure' ? 'unknown' : 'assumed';
				if (cost < best.cost) best = { cost, step: { at: id, move, to, kind, settled: fixed } };
			}
		}
		memo.set(id, best);
		return best.cost;
	};
	if (visit(tree.data.start) === Infinity) return undefined;
	const steps: PlannedStep[] = [];
	for (let step = memo.get(tree.data.start)?.step; step; step = memo.get(step.to)?.step)
		steps.push(step);
	return steps;
}

/** Whether the question asks what the error message says: the paste is that text, or says nothing. */
const readsMessage = (node: StepNode | undefined): boolean =>
	node?.type === 'question' && node.check.where === 'dialog';

/** The path up to its first assumed answer about the error message's wording. */
function untilMessageAssumed(tree: TreeIndex, path: readonly PlannedStep[]): PlannedStep[] {
	const stop = path.findIndex((s) => s.kind === 'assumed' && readsMessage(tree.nodes.get(s.at)));
	return stop === -1 ? [...path] : path.slice(0, stop);
}

/** Follows settled answers from the start and stops at the first open question. */
function settledPrefix(tree: TreeIndex, settled: ReadonlyMap<NodeId, Settled>): PlannedStep[] {
	return follow(tree.nodes, tree.data.start, (node) => settled.get(node.id)?.answer).map(
		(step) => ({ ...step, kind: 'evidence' as const, settled: settled.get(step.at) }),
	);
}

function commonPrefix(paths: readonly (readonly PlannedStep[])[]): PlannedStep[] {
	const [first, ...rest] = paths;
	const out: PlannedStep[] = [];
	for (let i = 0; first && i < first.length; i++) {
		const step = first[i]!;
		if (!rest.every((p) => p[i]?.at === step.at && p[i]?.to === step.to)) break;
		out.push(step);
	}
	return out;
}

/** The walk for the target causes (in rank order) and the settled answers. */
export function planWalk(
	tree: TreeIndex,
	settled: ReadonlyMap<NodeId, Settled>,
	causes: readonly NodeId[],
): Plan {
	const paths: PlannedStep[][] = [];
	// An outcome reached only by "Not sure" says the check was not made: a paste that points at
	// its cause steers to the outcome that confirms it instead.
	const confirmed = new Set(
		tree.data.nodes.flatMap((n) =>
			n.type === 'question' ? [n.yes, n.no] : n.type === 'outcome' ? [n.notFixed] : [],
		),
	);
	for (const cause of causes) {
		const outcomes = new Set(
			tree.data.nodes
				.filter((n) => n.type === 'outcome' && n.cause === cause && confirmed.has(n.id))
				.map((n) => n.id),
		);
		const path = outcomes.size === 0 ? undefined : cheapestPath(tree, settled, outcomes);
		if (path) paths.push(untilMessageAssumed(tree, path));
	}
	const steps = paths.length === 0 ? settledPrefix(tree, settled) : commonPrefix(paths);
	const last = steps[steps.length - 1];
	const opens = tree.nodes.get(last === undefined ? tree.data.start : last.to)!;
	return { steps, walk: { steps: steps.map(({ at, move }) => ({ at, move })) }, opens };
}

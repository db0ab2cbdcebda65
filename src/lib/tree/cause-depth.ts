/**
 * How many questions a person answers before an error's tree names each of its causes: the
 * fewest questions on a walk of answers alone (any answer, "Not sure" too, is one question).
 * A cause that only a "did not fix it" reaches (another cause's fix was tried first) counts the
 * questions of the cheapest such walk. The benchmark reports these per error (bench/tasks/errors.mjs).
 */
import type { NodeId } from '../../schemas/graph.ts';
import { cheapestFrom, stepsTo } from '../graph/traverse.ts';
import type { TreeIndex } from './tree-data.ts';

/** Above this mean number of questions to a cause an error's tree is flagged (issue 13's aim). */
export const MEAN_LIMIT = 6;
/** Above this many questions to a cause an error's tree is flagged (the graph's depth bound). */
export const WORST_LIMIT = 16;

/** Questions to one cause; undefined when the tree names it nowhere. */
export interface CauseDepth {
	readonly cause: NodeId;
	readonly questions: number | undefined;
}

/** The depths of an error's causes, their mean and worst over the causes reached, and the flag. */
export interface DepthSummary {
	readonly causes: readonly CauseDepth[];
	readonly mean: number;
	readonly worst: number;
	/** True when the mean is at least MEAN_LIMIT, the worst above WORST_LIMIT, or a cause is unreached. */
	readonly flagged: boolean;
}

/** Fewest questions from the tree's start to an outcome naming each of `causes`, in that order. */
export function causeDepths(tree: TreeIndex, causes: readonly NodeId[]): CauseDepth[] {
	// A "not fixed" move means a wrong fix was applied first: any walk of answers alone (at most
	// 16 questions, the depth bound) is cheaper than one that needs it.
	const via = cheapestFrom(tree.nodes, tree.data.start, (move) => (move === 'notFixed' ? 1000 : 1));
	const best = new Map<NodeId, number>();
	for (const id of via.keys()) {
		const node = tree.nodes.get(id);
		if (node?.type !== 'outcome') continue;
		const questions = stepsTo(via, id).filter((s) => s.move !== 'notFixed').length;
		best.set(node.cause, Math.min(best.get(node.cause) ?? Infinity, questions));
	}
	return causes.map((cause) => ({ cause, questions: best.get(cause) }));
}

/** Mean and worst of `depths` over the causes reached, flagged against the limits. */
export function summarizeDepths(depths: readonly CauseDepth[]): DepthSummary {
	const reached = depths.flatMap((d) => (d.questions === undefined ? [] : [d.questions]));
	const mean = reached.length === 0 ? 0 : reached.reduce((a, b) => a + b, 0) / reached.length;
	const worst = reached.length === 0 ? 0 : Math.max(...reached);
	const flagged = mean >= MEAN_LIMIT || worst > WORST_LIMIT || reached.length < depths.length;
	return { causes: depths, mean, worst, flagged };
}

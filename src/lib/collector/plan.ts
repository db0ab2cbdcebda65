/**
 * The walk a collector block opens. The planner (src/lib/diagnose/navigate.ts) steers towards
 * the causes the signatures point at; a collector answers so much more that, past that walk, the
 * tree's own order decides: settled answers are followed, and a question the collector cannot see
 * takes "Not sure", the answer the tree gives when nobody knows, until a leaf is reached.
 */
import type { NodeId } from '../../schemas/graph.ts';
import type { Plan, PlannedStep } from '../diagnose/navigate.ts';
import type { Settled } from '../diagnose/settle.ts';
import type { TreeIndex } from '../tree/tree-data.ts';

/** Extends the plan from where it opens to a leaf. */
export function followToLeaf(
	tree: TreeIndex,
	settled: ReadonlyMap<NodeId, Settled>,
	plan: Plan,
): Plan {
	const steps: PlannedStep[] = [...plan.steps];
	let node = plan.opens;
	const seen = new Set<NodeId>();
	while (node.type === 'question' && !seen.has(node.id)) {
		seen.add(node.id);
		const fixed = settled.get(node.id);
		const move = fixed?.answer ?? 'unsure';
		const to = node[move];
		steps.push({ at: node.id, move, to, kind: fixed ? 'evidence' : 'unknown', settled: fixed });
		node = tree.nodes.get(to) ?? node;
	}
	return { steps, walk: { steps: steps.map(({ at, move }) => ({ at, move })) }, opens: node };
}

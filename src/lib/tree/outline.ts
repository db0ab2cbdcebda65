/**
 * The whole tree as a static outline for readers without JavaScript: questions numbered in the
 * order a walk meets them (breadth first), each answer pointing at a numbered question or a leaf.
 * With several starts (one per error), the questions of each start follow those of the ones
 * before it, each numbered once.
 */
import type { NodeId, OutcomeNode, QuestionNode, UnmatchedNode } from '../../schemas/graph.ts';
import { breadthFirst } from '../graph/traverse.ts';
import type { CauseSummary, TreeData } from './tree-data.ts';

/** Where an answer leads, as the outline names it. */
export type OutlineTarget =
	| {
			readonly type: 'question';
			readonly id: NodeId;
			readonly number: number;
			readonly text: string;
	  }
	| { readonly type: 'outcome'; readonly id: NodeId; readonly cause: CauseSummary }
	| { readonly type: 'unmatched'; readonly id: NodeId };

/** One question of the outline with its three branches. */
export interface OutlineQuestion {
	readonly number: number;
	readonly node: QuestionNode;
	readonly branches: readonly { readonly answer: string; readonly to: OutlineTarget }[];
}

/** The outline: numbered questions, then the leaves with their "not fixed" continuation. */
export interface Outline {
	readonly questions: readonly OutlineQuestion[];
	readonly outcomes: readonly {
		readonly node: OutcomeNode;
		readonly cause: CauseSummary;
		readonly notFixed: OutlineTarget;
	}[];
	readonly unmatched: readonly UnmatchedNode[];
}

/** Builds the outline of validated tree data from `starts` (default: the tree's start). */
export function outlineOf(data: TreeData, starts: readonly NodeId[] = [data.start]): Outline {
	const nodes = new Map(data.nodes.map((n) => [n.id, n]));
	const causes = new Map(data.causes.map((c) => [c.id, c]));
	const order: QuestionNode[] = [];
	const leaves: NodeId[] = [];
	const seen = new Set<NodeId>();
	for (const start of starts)
		for (const id of breadthFirst(nodes, start, true).keys()) {
			if (seen.has(id)) continue;
			seen.add(id);
			const node = nodes.get(id)!;
			if (node.type === 'question') order.push(node);
			else leaves.push(id);
		}
	const number = new Map(order.map((q, i) => [q.id, i + 1]));
	const targetOf = (id: NodeId): OutlineTarget => {
		const node = nodes.get(id)!;
		if (node.type === 'question')
			return { type: 'question', id, number: number.get(id)!, text: node.text };
		if (node.type === 'outcome') return { type: 'outcome', id, cause: causes.get(node.cause)! };
		return { type: 'unmatched', id };
	};
	return {
		questions: order.map((node) => ({
			number: number.get(node.id)!,
			node,
			branches: [
				{ answer: 'Yes', to: targetOf(node.yes) },
				{ answer: 'No', to: targetOf(node.no) },
				{ answer: 'Not sure', to: targetOf(node.unsure) },
			],
		})),
		outcomes: leaves.flatMap((id) => {
			const node = nodes.get(id);
			return node?.type === 'outcome'
				? [{ node, cause: causes.get(node.cause)!, notFixed: targetOf(node.notFixed) }]
				: [];
		}),
		unmatched: leaves.flatMap((id) => {
			const node = nodes.get(id);
			return node?.type === 'unmatched' ? [node] : [];
		}),
	};
}

/**
 * The state of a walk through the decision tree and its transitions. The state is the list of
 * moves made so far; the current node is derived by replaying them from the start, so a state can
 * never point at a node its moves do not lead to.
 */
import type { NodeId, StepNode } from '../../schemas/graph.ts';
import { assertNever } from '../assert-never.ts';
import { breadthFirst, stepsTo, target, type Move, type Step } from '../graph/traverse.ts';
import type { TreeIndex } from './tree-data.ts';

export { target, type Move, type Step } from '../graph/traverse.ts';

/** A walk: the moves made so far, oldest first. */
export interface Walk {
	readonly steps: readonly Step[];
}

/** What a person can do. */
export type TreeAction =
	| { readonly type: 'answer'; readonly answer: 'yes' | 'no' | 'unsure' }
	| { readonly type: 'notFixed' }
	| { readonly type: 'back' }
	| { readonly type: 'rewind'; readonly toStep: number }
	| { readonly type: 'restart' };

/** The walk at the start. */
export const START: Walk = { steps: [] };

/** The node the walk stands on; a walk from the reducer or `decodeWalk` always resolves. */
export function currentNode(tree: TreeIndex, walk: Walk): StepNode {
	const last = walk.steps[walk.steps.length - 1];
	const id = last === undefined ? tree.data.start : target(tree.nodes.get(last.at)!, last.move)!;
	return tree.nodes.get(id)!;
}

/** Applies an action; an action that does not fit the current node returns the walk unchanged. */
export function reduce(tree: TreeIndex, walk: Walk, action: TreeAction): Walk {
	switch (action.type) {
		case 'answer':
		case 'notFixed': {
			const node = currentNode(tree, walk);
			const move: Move = action.type === 'answer' ? action.answer : 'notFixed';
			const to = target(node, move);
			if (to === undefined || !tree.nodes.has(to)) return walk;
			return { steps: [...walk.steps, { at: node.id, move }] };
		}
		case 'back':
			return walk.steps.length === 0 ? walk : { steps: walk.steps.slice(0, -1) };
		case 'rewind':
			if (
				!Number.isInteger(action.toStep) ||
				action.toStep < 0 ||
				action.toStep >= walk.steps.length
			)
				return walk;
			return { steps: walk.steps.slice(0, action.toStep) };
		case 'restart':
			return START;
		default:
			return assertNever(action);
	}
}

/**
 * The shortest walk from the start to `id` over answers and "not fixed" moves, or undefined when
 * no walk reaches it. Lets another view (e.g. paste-to-diagnose) open the tree at a given node.
 */
export function walkTo(tree: TreeIndex, id: NodeId): Walk | undefined {
	const via = breadthFirst(tree.nodes, tree.data.start, true);
	return via.has(id) ? { steps: stepsTo(via, id) } : undefined;
}

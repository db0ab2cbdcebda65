import { assertNever } from '../assert-never.ts';
import type { TreeIndex } from './tree-data.ts';
import type { Move, Walk } from './walk.ts';

/** One line of the trail of answers. */
export interface TrailEntry {
	/** Index of the step; rewinding to it brings its question back. */
	readonly step: number;
	/** The question, or the cause whose fix did not help. */
	readonly label: string;
	/** The answer as shown. */
	readonly answer: string;
	/** Whether "change" applies (answers only; a "did not fix it" is undone with Back). */
	readonly changeable: boolean;
}

/** The answer as a person reads it. */
export function moveLabel(move: Move): string {
	switch (move) {
		case 'yes':
			return 'Yes';
		case 'no':
			return 'No';
		case 'unsure':
			return 'Not sure';
		case 'notFixed':
			return 'Did not fix it';
		default:
			return assertNever(move);
	}
}

/** The trail of a walk, oldest first. */
export function trailOf(tree: TreeIndex, walk: Walk): TrailEntry[] {
	return walk.steps.map((step, index) => {
		const node = tree.nodes.get(step.at);
		const label =
			node?.type === 'question'
				? node.text
				: node?.type === 'outcome'
					? `Fix for: ${tree.causes.get(node.cause)?.title ?? node.cause}`
					: step.at;
		return {
			step: index,
			label,
			answer: moveLabel(step.move),
			changeable: step.move !== 'notFixed',
		};
	});
}

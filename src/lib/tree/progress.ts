import type { TreeIndex } from './tree-data.ts';
import { currentNode, type Walk } from './walk.ts';

/** Where a walk stands, for the progress hint. */
export interface Progress {
	/** Number of the question on screen (1-based), or of questions answered once at a leaf. */
	readonly questionNumber: number;
	/** Most questions still ahead on the longest path, this one included; 0 at a leaf. */
	readonly questionsLeft: number;
}

/** Progress of a walk; "not fixed" moves are not questions and do not count. */
export function progressOf(tree: TreeIndex, walk: Walk): Progress {
	const answered = walk.steps.filter((s) => s.move !== 'notFixed').length;
	const node = currentNode(tree, walk);
	if (node.type !== 'question') return { questionNumber: answered, questionsLeft: 0 };
	return { questionNumber: answered + 1, questionsLeft: tree.data.questionsLeft[node.id] ?? 1 };
}

/** The hint as people read it, e.g. "Question 3 · at most 5 more". */
export function progressText(progress: Progress): string {
	if (progress.questionsLeft === 0)
		return `Answered ${progress.questionNumber} question${progress.questionNumber === 1 ? '' : 's'}`;
	const more = progress.questionsLeft - 1;
	return `Question ${progress.questionNumber}${more > 0 ? ` · at most ${more} more` : ' · the last one on this path'}`;
}

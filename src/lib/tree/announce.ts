import { progressOf, progressText } from './progress.ts';
import type { TreeIndex } from './tree-data.ts';
import { currentNode, type Walk } from './walk.ts';

/** What the tree's live region says when `walk` is shown: the question, the cause, or no match. */
export function announcementFor(tree: TreeIndex, walk: Walk): string {
	const node = currentNode(tree, walk);
	if (node.type === 'question') return `${progressText(progressOf(tree, walk))}: ${node.text}`;
	if (node.type === 'outcome')
		return `Likely cause: ${tree.causes.get(node.cause)?.title ?? node.cause}`;
	return 'No known cause matched your answers.';
}

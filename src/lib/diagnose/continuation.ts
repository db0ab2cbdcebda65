/**
 * Where "Continue in the tree" goes from the page's current URL: the tree of the error the paste
 * shows (Diagnosis.treeError, `?error=`), the answers already given there kept, then the paste's
 * plan (tree-link.ts, continueFrom). Answers given in another error's tree carry over to the
 * questions the two trees share; the rest stay in that tree's history entry (Back).
 */
import { followToLeaf } from '../collector/plan.ts';
import { follow } from '../graph/traverse.ts';
import { errorFromSearch, searchForError, treeOfError } from '../tree/error-tree.ts';
import type { TreeIndex } from '../tree/tree-data.ts';
import { walkFromSearch } from '../tree/url-state.ts';
import { START, type Walk } from '../tree/walk.ts';
import { targetsOf, type DiagnoseIndex, type Diagnosis } from './diagnose.ts';
import { continueFrom, treeHref } from './tree-link.ts';

/** The answers `search` gives in `shown`, replayed in `tree` as far as it asks the same. */
export function givenIn(tree: TreeIndex, shown: TreeIndex, search: string): Walk {
	const decoded = walkFromSearch(shown, search);
	if (decoded.type !== 'ok') return START;
	if (shown === tree) return decoded.walk;
	const answers = new Map(decoded.walk.steps.map((s) => [s.at, s.move]));
	const steps = follow(tree.nodes, tree.data.start, (node) => answers.get(node.id));
	return { steps: steps.map(({ at, move }) => ({ at, move })) };
}

/** The URL (path and query) of the page at `pathname`, now at `search`, with the tree continued. */
export function continuationHref(
	index: DiagnoseIndex,
	diagnosis: Diagnosis,
	pathname: string,
	search: string,
): string {
	const tree = treeOfError(index.tree, diagnosis.treeError);
	// The tree on screen: the home page's, or the error an earlier continuation switched to.
	const choice = errorFromSearch(index.errors, search, index.tree.data.start);
	const onScreen = choice.type === 'error' ? choice.error : undefined;
	const shown = onScreen?.id === diagnosis.treeError?.id ? tree : treeOfError(index.tree, onScreen);
	const next = continueFrom(
		tree,
		choice.type === 'bad' ? START : givenIn(tree, shown, search),
		diagnosis.settlement.answers,
		targetsOf(diagnosis.candidates, diagnosis.clear),
		diagnosis.collector?.type === 'read' ? followToLeaf : undefined,
	);
	return treeHref(
		pathname,
		next.walk,
		next.settledSteps,
		diagnosis.collector ? 'collector' : 'paste',
		searchForError('', diagnosis.treeError),
	);
}

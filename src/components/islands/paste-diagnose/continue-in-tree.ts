/**
 * "Continue in the tree" without leaving the page. The tree island sits higher on the same page
 * and reads its state from the URL (`?tree=…`) on load and on popstate, so continuing is a new
 * history entry plus the same popstate the browser fires on Back: the paste and its results stay,
 * and Back returns to the tree as it was. The walk keeps every answer the person already gave in
 * the tree (src/lib/diagnose/tree-link.ts, continueFrom).
 */
import { targetsOf, type DiagnoseIndex, type Diagnosis } from '../../../lib/diagnose/diagnose.ts';
import { followToLeaf } from '../../../lib/collector/plan.ts';
import { continueFrom, treeHref } from '../../../lib/diagnose/tree-link.ts';
import { walkFromSearch } from '../../../lib/tree/url-state.ts';
import { START } from '../../../lib/tree/walk.ts';

/** The URL (path and query) of this page with the tree continued from its current state. */
export function continuationUrl(index: DiagnoseIndex, diagnosis: Diagnosis): string {
	const decoded = walkFromSearch(index.tree, window.location.search);
	const given = decoded.type === 'ok' ? decoded.walk : START;
	const targets = targetsOf(diagnosis.candidates, diagnosis.clear);
	const next = continueFrom(
		index.tree,
		given,
		diagnosis.settlement.answers,
		targets,
		diagnosis.collector?.type === 'read' ? followToLeaf : undefined,
	);
	return treeHref(
		window.location.pathname,
		next.walk,
		next.settledSteps,
		diagnosis.collector ? 'collector' : 'paste',
	);
}

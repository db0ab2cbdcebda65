/**
 * "Continue in the tree" without leaving the page. The tree island sits higher on the same page
 * and reads its state from the URL (`?tree=…`, and `error=…` for another error's tree) on load and
 * on popstate, so continuing is a new history entry plus the same popstate the browser fires on
 * Back: the paste and its results stay, and Back returns to the tree as it was. Where it goes is
 * src/lib/diagnose/continuation.ts.
 */
import type { DiagnoseIndex, Diagnosis } from '../../../lib/diagnose/diagnose.ts';
import { continuationHref } from '../../../lib/diagnose/continuation.ts';

/** The URL (path and query) of this page with the tree continued from its current state. */
export function continuationUrl(index: DiagnoseIndex, diagnosis: Diagnosis): string {
	return continuationHref(index, diagnosis, window.location.pathname, window.location.search);
}

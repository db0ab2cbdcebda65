/**
 * The link that continues in the decision tree: the tree's own URL state (`?tree=…`, encoded by
 * src/lib/tree/url-state.ts) plus `paste=…`, the indexes of the steps the paste settled, so the
 * tree's trail can mark them "from your paste".
 */
import { searchForWalk } from '../tree/url-state.ts';
import type { Walk } from '../tree/walk.ts';

/** Name of the query parameter that lists the steps settled by a paste. */
export const PASTE_PARAM = 'paste';

/** The URL (path and query) of the tree page at `base` with the walk and its settled steps. */
export function treeHref(base: string, walk: Walk, settledSteps: readonly number[]): string {
	const search = searchForWalk('', walk);
	if (settledSteps.length === 0 || search === '') return `${base}${search}`;
	return `${base}${search}&${PASTE_PARAM}=${settledSteps.join('.')}`;
}

/** Indexes of settled steps from a query string; anything malformed reads as none. */
export function settledStepsFromSearch(search: string, walkLength: number): Set<number> {
	let value: string | null;
	try {
		value = new URLSearchParams(search).get(PASTE_PARAM);
	} catch {
		return new Set();
	}
	if (value === null || value.length > 200 || !/^\d{1,3}(?:\.\d{1,3})*$/.test(value))
		return new Set();
	const steps = value.split('.').map(Number);
	return steps.every((s) => s < walkLength) ? new Set(steps) : new Set();
}

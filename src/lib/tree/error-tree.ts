/**
 * Which error's tree a page's tree island shows: its own, or another error's named in the URL
 * (`?error=0x204&tree=…`), as "Continue in the tree" opens it when a paste shows that error. The
 * trees share one bundle (src/lib/tree/tree-bundle.ts); another error's tree is the same data
 * started at that error's `start`. Reading never throws and never echoes the raw value.
 */
import { errorSlug, type ErrorSummary } from '../errors/errors.ts';
import { indexTree, startingAt, type TreeIndex } from './tree-data.ts';
import { walkFromSearch } from './url-state.ts';
import type { Walk } from './walk.ts';

/** Name of the query parameter: the error's page slug (`0x204`, `rd-gateway`). */
export const ERROR_PARAM = 'error';

/** The tree a query string asks for: the page's own, another error's, or a name that fits none. */
export type ErrorChoice =
	| { readonly type: 'page' }
	| { readonly type: 'error'; readonly error: ErrorSummary }
	| { readonly type: 'bad' };

/** Reads the error parameter; an error that starts where the page's tree starts is the page's. */
export function errorFromSearch(
	errors: readonly ErrorSummary[],
	search: string,
	pageStart: string,
): ErrorChoice {
	let value: string | null;
	try {
		value = new URLSearchParams(search).get(ERROR_PARAM);
	} catch {
		return { type: 'bad' };
	}
	if (value === null || value === '') return { type: 'page' };
	const error = errors.find((e) => errorSlug(e.id) === value);
	if (error === undefined) return { type: 'bad' };
	return error.start === pageStart ? { type: 'page' } : { type: 'error', error };
}

/** The query string naming `error`'s tree, or without the parameter for the page's own (undefined). */
export function searchForError(search: string, error: ErrorSummary | undefined): string {
	const params = new URLSearchParams(search);
	if (error === undefined) params.delete(ERROR_PARAM);
	else params.set(ERROR_PARAM, errorSlug(error.id));
	const text = params.toString();
	return text === '' ? '' : `?${text}`;
}

/** The tree started at `error`'s start; `tree` itself without an error, or when that is no question. */
export function treeOfError(tree: TreeIndex, error: ErrorSummary | undefined): TreeIndex {
	const data = error === undefined ? undefined : startingAt(tree.data, error.start);
	return data === undefined || data === tree.data ? tree : indexTree(data);
}

/** What a query string asks a tree island to show: a walk in the page's or another error's tree. */
export type TreeState =
	| {
			readonly type: 'ok';
			/** The other error whose tree it is; undefined: the page's own. */
			readonly error: ErrorSummary | undefined;
			readonly tree: TreeIndex;
			readonly walk: Walk;
	  }
	/** An error or answers the tree cannot read: start the page's tree again, with a notice. */
	| { readonly type: 'reset' };

/** Reads `?error=` and `?tree=` against the page's tree (`pageTree`) and the errors. */
export function treeStateFromSearch(
	pageTree: TreeIndex,
	errors: readonly ErrorSummary[],
	search: string,
): TreeState {
	const choice = errorFromSearch(errors, search, pageTree.data.start);
	if (choice.type === 'bad') return { type: 'reset' };
	const error = choice.type === 'error' ? choice.error : undefined;
	const tree = treeOfError(pageTree, error);
	if (error !== undefined && tree === pageTree) return { type: 'reset' };
	const decoded = walkFromSearch(tree, search);
	return decoded.type === 'ok'
		? { type: 'ok', error, tree, walk: decoded.walk }
		: { type: 'reset' };
}

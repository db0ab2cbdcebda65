/**
 * The decision tree's data: fetched when the island hydrates (the file both home-page islands
 * share, src/lib/tree/tree-bundle.ts), started at the page's first question, with every error's
 * summary and the code that reads another error's tree from the URL (src/lib/tree/error-tree.ts),
 * which comes with the data so the page's first load does not carry it.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { fetchJsonOnce } from '../../../lib/browser/fetch-json-once.ts';
import type { ErrorSummary } from '../../../lib/errors/errors.ts';
import { isTreeBundle } from '../../../lib/tree/tree-bundle.ts';
import { indexTree, startingAt, type TreeIndex } from '../../../lib/tree/tree-data.ts';

/** The page's own tree, the errors, and the functions of src/lib/tree/error-tree.ts. */
export interface TreeData {
	readonly tree: TreeIndex;
	readonly errors: readonly ErrorSummary[];
	readonly lib: typeof import('../../../lib/tree/error-tree.ts');
}

/** `data` once here; `loadFailed` after a failed fetch, which `fetchTree` tries again. */
export function useTreeData(dataUrl: string, start: string) {
	const [data, setData] = useState<TreeData>();
	const [loadFailed, setLoadFailed] = useState(false);
	const fetchTree = useCallback(() => {
		setLoadFailed(false);
		Promise.all([
			fetchJsonOnce(dataUrl, isTreeBundle),
			import('../../../lib/tree/error-tree.ts'),
		]).then(
			([bundle, lib]) => {
				// The tree starts at the page's first question: the home page's, or an error's.
				const tree = startingAt(bundle.tree, start);
				if (tree === undefined) setLoadFailed(true);
				else setData({ tree: indexTree(tree), errors: bundle.errors, lib });
			},
			() => setLoadFailed(true),
		);
	}, [dataUrl, start]);
	// Fetch as soon as the island hydrates, so the first answer finds the tree there.
	useEffect(fetchTree, [fetchTree]);
	return { data, loadFailed, fetchTree };
}

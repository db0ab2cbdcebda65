/** Paste to diagnose's data, taken from the bundle the home page fetches (src/lib/tree/tree-bundle.ts). */
import type { TreeBundle } from '../tree/tree-bundle.ts';
import type { DiagnoseData } from './diagnose.ts';

/** The matcher's data: every cause of the tree with its signatures (none when the bundle has none). */
export function diagnoseDataOf(bundle: TreeBundle): DiagnoseData {
	return {
		causes: bundle.tree.causes.map((c) => ({ ...c, signatures: bundle.signatures[c.id] ?? [] })),
		tree: bundle.tree,
		errors: bundle.errors,
	};
}

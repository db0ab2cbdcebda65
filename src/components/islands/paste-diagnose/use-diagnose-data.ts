/**
 * The paste box's data and engine: the causes' signatures and the tree come in the file the
 * decision tree also fetches (one request per page, src/lib/tree/tree-bundle.ts), the matcher
 * with a dynamic import of engine.ts, both when the island hydrates; the code tables
 * (use-code-index.ts) when the box is first focused or holds text. The data counts as complete
 * only once the code tables have arrived or failed: a paste read without them misses every code,
 * so nothing is read from a partial index.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { fetchJsonOnce } from '../../../lib/browser/fetch-json-once.ts';
import { diagnoseDataOf } from '../../../lib/diagnose/bundle.ts';
import type { DiagnoseData } from '../../../lib/diagnose/diagnose.ts';
import { isTreeBundle } from '../../../lib/tree/tree-bundle.ts';
import { useCodeIndex } from './use-code-index.ts';

/** The diagnosis engine, loaded on first need (src/components/islands/paste-diagnose/engine.ts). */
export type Engine = typeof import('./engine.ts');

/**
 * The causes' signatures and the tree, and the engine that reads a paste with them, both
 * fetched when the island hydrates; undefined until both have arrived.
 */
function useBundle(dataUrl: string): { data?: DiagnoseData; engine?: Engine; failed: boolean } {
	const [state, setState] = useState<{ data?: DiagnoseData; engine?: Engine; failed: boolean }>({
		failed: false,
	});
	useEffect(() => {
		Promise.all([fetchJsonOnce(dataUrl, isTreeBundle), import('./engine.ts')]).then(
			([bundle, engine]) => setState({ data: diagnoseDataOf(bundle), engine, failed: false }),
			() => setState({ failed: true }),
		);
	}, [dataUrl]);
	return state;
}

/**
 * `full`: the complete data (with the code tables, or without them once their fetch failed);
 * `ready`: the engine and its index of `full`. Both undefined until then; a new value (the code
 * tables arrived on a retry) means every shown result must be read again. `loadCodes` starts or
 * retries the code tables' fetch and is safe to call on every keystroke.
 */
export function useDiagnoseData(dataUrl: string, codesUrl: string) {
	const { data, engine, failed } = useBundle(dataUrl);
	const codes = useCodeIndex(codesUrl);
	const full = useMemo(() => {
		if (data === undefined || codes.entries === undefined) return codes.failed ? data : undefined;
		return { ...data, codes: codes.entries };
	}, [data, codes.entries, codes.failed]);
	const ready = useMemo(
		() => (full && engine ? { engine, index: engine.indexDiagnoseData(full) } : undefined),
		[full, engine],
	);
	return { full, ready, failed, codesFailed: codes.failed, loadCodes: codes.load };
}

/**
 * The paste box's data and engine: the causes' signatures and the tree come in the file the
 * decision tree also fetches (one request per page, src/lib/tree/tree-bundle.ts), the matcher
 * with a dynamic import of engine.ts, both when the island hydrates; the code tables
 * (use-code-index.ts) when the box is first focused or holds text, after the causes. A paste is read as soon as the
 * causes are here; when the code tables arrive later, `ready` changes and the island reads the
 * box again (model.ts), so a result never stays one read without them.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
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
 * `full`: the data, with the code tables once they are here; `ready`: the engine and its index of
 * `full`, undefined until the causes and the engine have arrived. A new `ready` (the code tables
 * came) means a shown result must be read again. `loadCodes` starts the code tables' fetch, or
 * retries a failed one, and is safe to call on every keystroke.
 */
export function useDiagnoseData(dataUrl: string, codesUrl: string) {
	const { data, engine, failed } = useBundle(dataUrl);
	const codes = useCodeIndex(codesUrl);
	const { load } = codes;
	// The causes first: on a slow link the code tables would delay the first reading.
	const [wanted, setWanted] = useState(false);
	const haveData = data !== undefined;
	useEffect(() => {
		if (wanted && haveData) load();
	}, [wanted, haveData, load]);
	const loadCodes = useCallback(() => (haveData ? load() : setWanted(true)), [haveData, load]);
	const full = useMemo(
		() =>
			data === undefined || codes.entries === undefined ? data : { ...data, codes: codes.entries },
		[data, codes.entries],
	);
	const ready = useMemo(
		() => (full && engine ? { engine, index: engine.indexDiagnoseData(full) } : undefined),
		[full, engine],
	);
	return { full, ready, failed, loadCodes };
}

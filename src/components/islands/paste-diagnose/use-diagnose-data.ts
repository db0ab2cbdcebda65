/**
 * The paste box's data and engine: the causes' signatures and the tree come in the file the
 * decision tree also fetches (one request per page, src/lib/tree/tree-bundle.ts), the matcher
 * with a dynamic import of engine.ts, both when the island hydrates.
 */
import { useEffect, useState } from 'preact/hooks';
import { fetchJsonOnce } from '../../../lib/browser/fetch-json-once.ts';
import { diagnoseDataOf } from '../../../lib/diagnose/bundle.ts';
import type { DiagnoseData } from '../../../lib/diagnose/diagnose.ts';
import { isTreeBundle } from '../../../lib/tree/tree-bundle.ts';

/** The diagnosis engine, loaded on first need (src/components/islands/paste-diagnose/engine.ts). */
export type Engine = typeof import('./engine.ts');

/**
 * The causes' signatures and the tree, and the engine that reads a paste with them, both
 * fetched when the island hydrates; undefined until both have arrived.
 */
export function useDiagnoseData(dataUrl: string): {
	data?: DiagnoseData;
	engine?: Engine;
	failed: boolean;
} {
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

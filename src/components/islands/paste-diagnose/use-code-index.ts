/**
 * The code index for paste to diagnose: /codes/decoder-index.json (the decoder's list, which
 * carries each code's causes), fetched once per page on first use, so the home page's HTML does
 * not carry 200 codes. Lifecycle: idle -> loading (first focus or input) -> ready | failed;
 * a failed fetch can be retried by the next input, and the paste box works without it.
 */
import { useCallback, useState } from 'preact/hooks';
import { fetchJsonOnce } from '../../../lib/browser/fetch-json-once.ts';
import { isCodeIndex } from '../../../lib/codes/index-guard.ts';
import type { CodeIndexEntry } from '../../../schemas/codes.ts';

/** The fetched entries (undefined until loaded) and `load`, safe to call on every keystroke. */
export function useCodeIndex(url: string) {
	const [entries, setEntries] = useState<readonly CodeIndexEntry[] | undefined>(undefined);
	const [failed, setFailed] = useState(false);
	const load = useCallback(() => {
		if (entries !== undefined) return;
		fetchJsonOnce(url, isCodeIndex).then(
			(list) => {
				setEntries(list);
				setFailed(false);
			},
			() => setFailed(true),
		);
	}, [url, entries]);
	return { entries, failed, load };
}

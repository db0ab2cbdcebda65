/**
 * Fetches /codes/decoder-index.json once per page for every island that needs it (the decoder,
 * paste to diagnose), checks its shape, and forgets a failed fetch so the next use retries.
 */
import type { CodeIndexEntry } from '../../schemas/codes.ts';
import { isCodeIndex } from './index-guard.ts';

let shared: Promise<CodeIndexEntry[]> | undefined;

/** The decoder index at `url`; rejects on HTTP errors or an unexpected shape. */
export function fetchCodeIndex(url: string): Promise<CodeIndexEntry[]> {
	shared ??= fetch(url)
		.then((r) => {
			if (!r.ok) throw new Error(`HTTP ${r.status}`);
			return r.json() as Promise<unknown>;
		})
		.then((data) => {
			if (!isCodeIndex(data)) throw new Error('The code index has an unexpected shape');
			return data;
		})
		.catch((error: unknown) => {
			shared = undefined;
			throw error;
		});
	return shared;
}

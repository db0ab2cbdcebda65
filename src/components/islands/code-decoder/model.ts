/**
 * State of the code decoder: the text typed, the code index (fetched once per page, on first
 * use, so pages do not carry 200 meanings in their HTML), and the decoded result. The decoding
 * code (lookup, the mention finder and its dialog labels) comes with the index by dynamic import:
 * the page's first bytes only carry the box.
 * Lifecycle: idle -> loading (first focus or keystroke) -> ready | failed.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CodeIndexEntry } from '../../../schemas/codes.ts';
import { fetchJsonOnce } from '../../../lib/browser/fetch-json-once.ts';
import { isCodeIndex } from '../../../lib/codes/index-guard.ts';
import type { decode as Decode, DecodeResult } from '../../../lib/codes/lookup.ts';
import { readDecoderInput, unreadNotice } from '../../../lib/codes/decoder-input.ts';

/** Where the index stands. */
export type IndexState =
	| { type: 'idle' }
	| { type: 'loading' }
	| { type: 'ready'; index: readonly CodeIndexEntry[]; decode: typeof Decode }
	| { type: 'failed' };

/** The decoder's state and actions. */
export function useDecoder(indexUrl: string) {
	const [text, setText] = useState('');
	const [state, setState] = useState<IndexState>({ type: 'idle' });

	const load = () => {
		if (state.type === 'loading' || state.type === 'ready') return;
		setState({ type: 'loading' });
		Promise.all([
			fetchJsonOnce(indexUrl, isCodeIndex),
			import('../../../lib/codes/lookup.ts'),
		]).then(
			([index, { decode }]) => setState({ type: 'ready', index, decode }),
			() => setState({ type: 'failed' }),
		);
	};

	// A link such as /codes/?code=0x904 opens the decoder with that code decoded.
	useEffect(() => {
		const start = new URLSearchParams(window.location.search).get('code')?.slice(0, 200) ?? '';
		if (start.trim() !== '') {
			setText(start);
			load();
		}
	}, []);

	// Only the start of a huge paste is decoded; a keystroke past the cap decodes nothing again.
	const input = useMemo(() => readDecoderInput(text), [text]);
	const result: DecodeResult | undefined = useMemo(
		() => (state.type === 'ready' ? state.decode(input.read, state.index) : undefined),
		[input.read, state],
	);

	return {
		text,
		state,
		result,
		/** Says how much of the text was left unread; undefined when all of it was read. */
		notice: unreadNotice(input),
		/** Call on focus: starts the one fetch early. */
		prepare: load,
		/** Call on every input event. */
		update: (value: string) => {
			setText(value);
			load();
		},
	};
}

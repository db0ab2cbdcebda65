/**
 * What the view shows of a paste: the matched lines marked, a little context around them, and
 * the gaps counted, so a 1 MB paste renders a few hundred lines, not twenty thousand.
 */
import type { LineRange, Lines } from './lines.ts';

/** A line to show, or a run of lines left out. */
export type ExcerptPart =
	| {
			readonly type: 'line';
			readonly number: number;
			readonly text: string;
			readonly marked: boolean;
	  }
	| { readonly type: 'gap'; readonly count: number };

/** Lines of context around each marked range. */
export const CONTEXT = 1;
/** Most lines an excerpt shows. */
export const MAX_SHOWN = 300;

/** The excerpt of `lines` around the marked ranges (the whole text when it is short and unmarked). */
export function excerpt(lines: Lines, marked: readonly LineRange[]): ExcerptPart[] {
	const total = lines.text.length;
	const isMarked = new Uint8Array(total + 2);
	const shown = new Uint8Array(total + 2);
	for (const r of marked) {
		for (let n = Math.max(1, r.start); n <= Math.min(total, r.end); n++) isMarked[n] = 1;
		for (let n = Math.max(1, r.start - CONTEXT); n <= Math.min(total, r.end + CONTEXT); n++)
			shown[n] = 1;
	}
	const parts: ExcerptPart[] = [];
	let gap = 0;
	let count = 0;
	for (let n = 1; n <= total; n++) {
		if (shown[n] === 1 && count < MAX_SHOWN) {
			if (gap > 0) parts.push({ type: 'gap', count: gap });
			gap = 0;
			count++;
			parts.push({ type: 'line', number: n, text: lines.text[n - 1]!, marked: isMarked[n] === 1 });
		} else gap++;
	}
	if (gap > 0) parts.push({ type: 'gap', count: gap });
	return parts;
}

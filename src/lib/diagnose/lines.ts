/**
 * The pasted text as lines. Every parser works line by line on capped lines, which keeps the
 * matcher linear in the input size whatever the regexes look like.
 */

/** Longest part of a line any regex sees; longer lines are cut (no real log line is this long). */
export const MAX_LINE = 2000;

/** A 1-based, inclusive range of lines. */
export interface LineRange {
	readonly start: number;
	readonly end: number;
}

/** The text split once: capped lines and where each line starts in the original text. */
export interface Lines {
	/** Line texts, each at most MAX_LINE characters, without line breaks. */
	readonly text: readonly string[];
	/** Offset in the original text of each line's first character. */
	readonly starts: readonly number[];
}

/** Splits on \r\n, \n, \r, U+2028 or U+2029 without a regex over the whole input. */
export function splitLines(input: string): Lines {
	const text: string[] = [];
	const starts: number[] = [];
	let from = 0;
	const push = (to: number): void => {
		starts.push(from);
		text.push(input.slice(from, Math.min(to, from + MAX_LINE)));
	};
	for (let i = 0; i < input.length; i++) {
		const c = input.charCodeAt(i);
		if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
			push(i);
			if (c === 13 && input.charCodeAt(i + 1) === 10) i++;
			from = i + 1;
		}
	}
	if (from < input.length || text.length === 0) push(input.length);
	return { text, starts };
}

/** The 1-based line holding a character offset (binary search over the line starts). */
export function lineAt(lines: Lines, offset: number): number {
	let lo = 0;
	let hi = lines.starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (lines.starts[mid]! <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}

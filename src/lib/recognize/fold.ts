/**
 * Text folded for sentence matching: lower case, curly quotes and apostrophes made straight,
 * every run of white space (line breaks, tabs, no-break spaces) one space. `origin` maps each
 * folded character back to its offset in the original text, so a match reports a real span.
 * One pass, linear in the input.
 */

/** The folded text and where each of its characters came from. */
export interface Folded {
	readonly text: string;
	/** origin[i] = offset in the original text of folded character i. */
	readonly origin: Int32Array;
}

// Quote marks and apostrophes people's systems print or their editors substitute.
const QUOTES: Readonly<Record<string, string>> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201A': "'",
	'\u02BC': "'",
	'\u00B4': "'",
	'`': "'",
	'\u201C': '"',
	'\u201D': '"',
	'\u201E': '"',
	'\u00AB': '"',
	'\u00BB': '"',
};

function isSpace(code: number): boolean {
	return (
		code === 32 ||
		(code >= 9 && code <= 13) ||
		code === 0xa0 ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x3000
	);
}

// Decodes the folded units in one native call (lone surrogates become U+FFFD, never matched).
const UTF16 = new TextDecoder('utf-16le');

/** Folds a text for tolerant matching (see the module note). */
export function fold(input: string): Folded {
	const origin = new Int32Array(input.length);
	const units = new Uint16Array(input.length);
	let n = 0;
	let space = true; // drops leading white space
	for (let i = 0; i < input.length; i++) {
		const code = input.charCodeAt(i);
		if (isSpace(code)) {
			if (!space) {
				units[n] = 32;
				origin[n++] = i;
				space = true;
			}
			continue;
		}
		space = false;
		let out = code;
		if (code >= 65 && code <= 90) out = code + 32;
		else if (code >= 128 || code === 96) {
			const ch = input[i]!;
			// Lower-casing can lengthen a character (İ -> i̇): keep its first unit, one per input unit.
			out = (QUOTES[ch] ?? ch).toLowerCase().charCodeAt(0);
		}
		units[n] = out;
		origin[n++] = i;
	}
	return {
		text: UTF16.decode(units.subarray(0, n)),
		origin: origin.subarray(0, n),
	};
}

/** A pattern or sentence folded the same way, for comparing with a folded text. */
export function foldPattern(pattern: string): string {
	return fold(pattern).text;
}

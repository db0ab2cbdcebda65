/**
 * Turns whatever a person typed into the decoder into readings of one or two numbers, or a
 * name to look up. Pure: no data, no DOM. Rules, in order:
 * - `0x…` is hex; digits with letters a-f (`112f`, `a07`) are hex; digits with a leading zero
 *   (`00000904`) are hex, because zero padding is how logs print hex codes.
 * - Other bare digits (`904`, `2308`) are read both ways: hex first (the dialog shows hex and
 *   people drop the `0x`), decimal second (event 1026 and event 40 log decimals).
 * - Two numbers are a pair: the error code, then the extended error code.
 * - Words such as "error", "code", "extended", "reason" are ignored, so a pasted dialog or
 *   event line works. Among other words, a number needs `0x` or three characters to count,
 *   so stray digits in junk are not taken for a code.
 */

/** How a number was read. */
export type NumberBase = 'hex' | 'decimal' | 'hex-and-decimal';

/** One reading of a typed number. */
export interface Reading {
	/** The integer value. */
	value: number;
	/** Which base produced it; `hex-and-decimal` when both give the same value (0-9). */
	base: NumberBase;
	/** The token as typed. */
	text: string;
}

/** The result of parsing one input. */
export type ParsedQuery =
	| { type: 'empty' }
	| { type: 'single'; readings: Reading[]; text: string }
	| { type: 'pair'; main: Reading[]; extended: Reading[]; text: string }
	| {
			type: 'name';
			name: string;
			/** True when the input was that one word alone. */ alone: boolean;
	  }
	| { type: 'invalid'; text: string };

const MAX = 0xffffffff;

const NOISE = new Set([
	'error',
	'errors',
	'code',
	'codes',
	'extended',
	'ext',
	'reason',
	'and',
	'with',
	'rdp',
	'hex',
	'dec',
	'decimal',
]);

/** Readings of one token, or null when the token is not a number. */
export function readNumber(token: string): Reading[] | null {
	const text = token.trim();
	const lower = text.toLowerCase();
	let readings: Reading[];
	if (/^0x[0-9a-f]+$/.test(lower)) {
		readings = [{ value: parseInt(lower.slice(2), 16), base: 'hex', text }];
	} else if (/^[0-9]+$/.test(lower)) {
		const hex = parseInt(lower, 16);
		const dec = parseInt(lower, 10);
		if (lower.length > 1 && lower.startsWith('0')) readings = [{ value: hex, base: 'hex', text }];
		else if (hex === dec) readings = [{ value: hex, base: 'hex-and-decimal', text }];
		else
			readings = [
				{ value: hex, base: 'hex', text },
				{ value: dec, base: 'decimal', text },
			];
	} else if (/^[0-9a-f]+$/.test(lower) && /[0-9]/.test(lower)) {
		readings = [{ value: parseInt(lower, 16), base: 'hex', text }];
	} else {
		return null;
	}
	return readings.filter((r) => Number.isSafeInteger(r.value) && r.value <= MAX);
}

/** Parses a decoder input; never throws. */
export function parseQuery(input: string): ParsedQuery {
	const text = input.trim();
	if (text === '') return { type: 'empty' };
	const tokens = text.split(/[^A-Za-z0-9_]+/).filter(Boolean);
	const words = tokens.filter((t) => readNumber(t) === null && !NOISE.has(t.toLowerCase()));
	const numberTokens = tokens.filter(
		(t) => readNumber(t) !== null && (words.length === 0 || /^0x/i.test(t) || t.length >= 3),
	);
	const readingsList = numberTokens.map((t) => readNumber(t) ?? []);
	if (readingsList.some((r) => r.length === 0)) return { type: 'invalid', text };
	const [first, second] = readingsList;
	if (first && second) return { type: 'pair', main: first, extended: second, text };
	if (first) return { type: 'single', readings: first, text };
	const name = words.reduce((longest, w) => (w.length > longest.length ? w : longest), '');
	if (name.length >= 2) return { type: 'name', name, alone: tokens.length === 1 };
	return { type: 'invalid', text };
}

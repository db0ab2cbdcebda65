/**
 * How much of a decoder input is read. The decoder answers as the person types, so each keystroke
 * decodes the whole text again: a 1.2 MB paste ("0x904 " 200,000 times) took 0.7 s per decode in
 * Node and seconds in a browser. A code, a dialog with its details (about 600 characters) or a few
 * log lines fit well inside the cap; past it the decoder reads the start and says what it left out.
 */

/**
 * Characters of the input the decoder reads. Measured with decode() over the real code index in
 * Node 24 (median of 15 warm runs): 4,000 characters take 1-2 ms, 16,000 take 4-5 ms; a phone
 * four times slower still answers within a frame at 4,000.
 */
export const DECODER_MAX_CHARS = 4000;

/** The part of an input the decoder reads, and how much it left out. */
export interface DecoderInput {
	/** The text to decode: the whole input, or its start up to a word boundary. */
	read: string;
	/** Length of the whole input, in UTF-16 code units (what `String.length` counts). */
	total: number;
	/** Characters left unread: `total - read.length`; 0 when the whole input was read. */
	unread: number;
}

/**
 * The start of `input` the decoder reads: all of it up to `max` characters, else the first `max`
 * cut back to the last character that ends a token (what parseQuery and findCodes split on), so
 * a code such as 0x904 is never read as 0x9 (without such a character, at `max`); never inside a
 * surrogate pair. Never throws; `max` below 1 counts as 1.
 */
export function readDecoderInput(input: string, max = DECODER_MAX_CHARS): DecoderInput {
	const limit = Math.max(1, Math.floor(max));
	if (input.length <= limit) return { read: input, total: input.length, unread: 0 };
	// Index `limit` is the first character left out: when it ends a token, the token before is whole.
	let end = limit;
	for (let i = limit; i > 0; i -= 1) {
		if (!isWordChar(input.charCodeAt(i))) {
			end = i;
			break;
		}
	}
	// A low surrogate is not a word character: never keep its high half alone.
	if (isHighSurrogate(input.charCodeAt(end - 1))) end -= 1;
	const read = input.slice(0, end);
	return { read, total: input.length, unread: input.length - read.length };
}

/** [A-Za-z0-9_], the characters a code or a name is made of. */
function isWordChar(code: number): boolean {
	return (
		(code >= 0x30 && code <= 0x39) ||
		(code >= 0x41 && code <= 0x5a) ||
		(code >= 0x61 && code <= 0x7a) ||
		code === 0x5f
	);
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The notice shown when the decoder left part of the input out, naming how much it read and how
 * much it did not (numbers grouped in English, as the site is); undefined when it read it all.
 */
export function unreadNotice({ read, total, unread }: DecoderInput): string | undefined {
	if (unread === 0) return undefined;
	const count = (n: number) => n.toLocaleString('en-US');
	return `Only the first ${count(read.length)} of ${count(total)} characters were read; the last ${count(unread)} were not. Paste just the line with the code.`;
}

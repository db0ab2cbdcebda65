/**
 * The decoder's reading of a pasted line: when findCodes sees a label, a name or a log keyword
 * ("Fehlercode: 0x904", "failureCode = 5", "ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]"), that
 * tells the table, so the decoder shows that code instead of every table the digits exist in.
 */
import type { CodeIndexEntry } from '../../schemas/codes.ts';
import { buildCodeIndex, findCodes, type CodeIndex, type CodeMention } from './find-codes.ts';
import { toHex } from './spellings.ts';
import type { DecodeResult, Match } from './lookup.ts';

const built = new WeakMap<readonly CodeIndexEntry[], CodeIndex>();

function codeIndexOf(index: readonly CodeIndexEntry[]): CodeIndex {
	let codes = built.get(index);
	if (!codes) {
		codes = buildCodeIndex(index);
		built.set(index, codes);
	}
	return codes;
}

function toMatches(mention: CodeMention, byId: ReadonlyMap<string, CodeIndexEntry>): Match[] {
	return mention.ids.flatMap((id) => {
		const entry = byId.get(id);
		return entry ? [{ entry }] : [];
	});
}

const MAIN_FORMS = new Set(['error-code-label']);
const EXTENDED_FORMS = new Set(['extended-label']);

/**
 * The decode result of the mentions findCodes sees in the input, or undefined when it sees none
 * or only bare numbers (then the decoder's own spelling rules apply: 904, 2308, 0x904 / 0x7).
 */
export function decodeMentions(
	input: string,
	index: readonly CodeIndexEntry[],
): DecodeResult | undefined {
	const mentions = findCodes(input, codeIndexOf(index)).filter((m) => m.form !== 'bare');
	if (mentions.length === 0) return undefined;
	const byId = new Map(index.map((e) => [e.id, e]));
	const pairLines = mentions.filter((m) => m.form === 'dialog-pair');
	const main = mentions.find((m) => MAIN_FORMS.has(m.form)) ?? pairLines[0];
	const extended = mentions.find((m) => EXTENDED_FORMS.has(m.form)) ?? pairLines[1];
	if (main && extended) {
		const mainMatches = toMatches(main, byId);
		const extendedMatches = toMatches(extended, byId);
		return {
			type: 'pair',
			main: mainMatches,
			extended: extendedMatches,
			isKnownPair:
				mainMatches.some((m) => m.entry.id === 'disconnect/0x904') &&
				extendedMatches.some((m) => m.entry.decimal === 7),
			unknown: [main, extended].filter((m) => m.ids.length === 0).map((m) => toHex(m.value)),
		};
	}
	const known = mentions.filter((m) => m.ids.length > 0);
	if (known.length === 0) {
		return {
			type: 'not-found',
			text: toHex(mentions[0]?.value ?? 0),
			number: true,
			suggestions: [],
		};
	}
	const matches = known.flatMap((m) => toMatches(m, byId));
	const ids = new Set(matches.map((m) => m.entry.id));
	return { type: 'found', matches, ambiguous: ids.size > 1, partial: false };
}

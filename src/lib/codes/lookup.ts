import type { CodeEntry, CodeFamily, CodeIndexEntry } from '../../schemas/codes.ts';
import { assertNever } from '../assert-never.ts';
import { parseQuery, type Reading } from './parse.ts';
import { FAMILY_ORDER, toHex } from './spellings.ts';
import { decodeMentions } from './decode-mentions.ts';

/** The slim record the decoder fetches for one code: no sources or notes, names as plain strings. */
export function toIndexEntry(entry: CodeEntry): CodeIndexEntry {
	return {
		id: entry.id,
		family: entry.family,
		decimal: entry.decimal,
		meaning: entry.meaning,
		evidence: entry.evidence,
		names: entry.names.map((n) => n.value),
		...(entry.causes.length > 0 ? { causes: entry.causes } : {}),
	};
}

/** A code found for one reading of the input. */
export interface Match {
	/** The code. */
	entry: CodeIndexEntry;
	/** How the input was read to find it; absent when found by name. */
	reading?: Reading;
}

/** What the decoder shows. */
export type DecodeResult =
	| { type: 'empty' }
	| {
			type: 'found';
			matches: Match[];
			/** More than one code fits: several families, or hex and decimal readings both match. */
			ambiguous: boolean;
			/** True when a name was matched by a part of it, not exactly. */
			partial: boolean;
	  }
	| {
			type: 'pair';
			main: Match[];
			extended: Match[];
			/** True for 0x904 with extended 0x7, which has its own page. */
			isKnownPair: boolean;
			/** Values of the pair that are in no table, in hex, to say so. */
			unknown: string[];
	  }
	| {
			type: 'not-found';
			/** The value in hex when a number was read, else the input as typed. */
			text: string;
			/** True when a number was read: it is in none of our tables. */
			number: boolean;
			/** Codes whose meaning mentions the word typed; never numbers near an unknown one. */
			suggestions: CodeIndexEntry[];
	  };

const MAX_PARTIAL = 8;
const MAX_SUGGESTIONS = 5;

const PAIR_MAIN: readonly CodeFamily[] = ['disconnect', 'reported'];
const PAIR_EXTENDED: readonly CodeFamily[] = ['extended', 'errorinfo'];

function familyRank(family: CodeFamily): number {
	return FAMILY_ORDER.indexOf(family);
}

function byValue(
	index: readonly CodeIndexEntry[],
	readings: Reading[],
	families?: readonly CodeFamily[],
): Match[] {
	return readings.flatMap((reading) =>
		index
			.filter((e) => e.decimal === reading.value && (!families || families.includes(e.family)))
			.sort((a, b) => familyRank(a.family) - familyRank(b.family))
			.map((entry) => ({ entry, reading })),
	);
}

/** A number in no table. Numerically close codes are not offered: 0x905 is no relative of 0x904. */
function unknownNumber(readings: readonly Reading[], text: string): DecodeResult {
	const first = readings[0];
	return {
		type: 'not-found',
		text: first ? toHex(first.value) : text,
		number: true,
		suggestions: [],
	};
}

function byName(
	index: readonly CodeIndexEntry[],
	name: string,
	alone: boolean,
	text: string,
): DecodeResult {
	const needle = name.toLowerCase();
	const exact = index.filter((e) => e.names.some((n) => n.toLowerCase() === needle));
	if (exact.length > 0) {
		return {
			type: 'found',
			matches: exact.map((entry) => ({ entry })),
			ambiguous: exact.length > 1,
			partial: false,
		};
	}
	// Part of a name only counts when the person typed that one word; inside pasted junk a
	// fragment such as "onerror" would match "EncryptionError" by accident.
	const partial =
		alone && needle.length >= 3
			? index.filter((e) => e.names.some((n) => n.toLowerCase().includes(needle)))
			: [];
	if (partial.length > 0) {
		const matches = partial.slice(0, MAX_PARTIAL).map((entry) => ({ entry }));
		return { type: 'found', matches, ambiguous: partial.length > 1, partial: true };
	}
	const inMeaning =
		needle.length >= 4 ? index.filter((e) => e.meaning.toLowerCase().includes(needle)) : [];
	return {
		type: 'not-found',
		text,
		number: false,
		suggestions: inMeaning.slice(0, MAX_SUGGESTIONS),
	};
}

/**
 * Decodes any spelling of an RDP code against the index, or the codes in a pasted line (a label,
 * a name or a log keyword tells the table: see decode-mentions.ts); never throws.
 */
export function decode(input: string, index: readonly CodeIndexEntry[]): DecodeResult {
	const query = parseQuery(input);
	if (query.type === 'empty') return { type: 'empty' };
	const fromMentions = decodeMentions(input, index);
	if (fromMentions) return fromMentions;
	switch (query.type) {
		case 'invalid':
			return { type: 'not-found', text: query.text, number: false, suggestions: [] };
		case 'name':
			return byName(index, query.name, query.alone, input.trim());
		case 'single': {
			const matches = byValue(index, query.readings);
			if (matches.length === 0) return unknownNumber(query.readings, query.text);
			return { type: 'found', matches, ambiguous: matches.length > 1, partial: false };
		}
		case 'pair': {
			const main = byValue(index, query.main, PAIR_MAIN);
			const extended = byValue(index, query.extended, PAIR_EXTENDED);
			if (main.length === 0 && extended.length === 0) {
				return unknownNumber([...query.main, ...query.extended], query.text);
			}
			const isKnownPair =
				main.some((m) => m.entry.id === 'disconnect/0x904') &&
				extended.some((m) => m.entry.decimal === 7);
			const unknown = [
				...(main.length === 0 ? query.main.slice(0, 1) : []),
				...(extended.length === 0 ? query.extended.slice(0, 1) : []),
			].map((r) => toHex(r.value));
			return { type: 'pair', main, extended, isKnownPair, unknown };
		}
		default:
			return assertNever(query);
	}
}

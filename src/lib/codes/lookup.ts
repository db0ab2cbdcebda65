import type { CodeEntry, CodeFamily, CodeIndexEntry } from '../../schemas/codes.ts';
import { assertNever } from '../assert-never.ts';
import { parseQuery, type Reading } from './parse.ts';
import { FAMILY_ORDER } from './spellings.ts';

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
	  }
	| { type: 'not-found'; text: string; suggestions: CodeIndexEntry[] };

/** Codes offered when nothing fits and nothing is close. */
export const POPULAR_IDS = [
	'disconnect/0x904',
	'extended/0x7',
	'disconnect/0x204',
	'disconnect/0x3',
];

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

function nearest(index: readonly CodeIndexEntry[], readings: Reading[]): CodeIndexEntry[] {
	const distance = (e: CodeIndexEntry) =>
		Math.min(...readings.map((r) => Math.abs(e.decimal - r.value)));
	return [...index]
		.filter((e) => e.evidence !== 'unverified')
		.sort((a, b) => distance(a) - distance(b) || familyRank(a.family) - familyRank(b.family))
		.slice(0, MAX_SUGGESTIONS);
}

function popular(index: readonly CodeIndexEntry[]): CodeIndexEntry[] {
	return POPULAR_IDS.flatMap((id) => index.filter((e) => e.id === id));
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
	const suggestions = inMeaning.length > 0 ? inMeaning.slice(0, MAX_SUGGESTIONS) : popular(index);
	return { type: 'not-found', text, suggestions };
}

/** Decodes any spelling of an RDP code against the index; never throws. */
export function decode(input: string, index: readonly CodeIndexEntry[]): DecodeResult {
	const query = parseQuery(input);
	switch (query.type) {
		case 'empty':
			return { type: 'empty' };
		case 'invalid':
			return { type: 'not-found', text: query.text, suggestions: popular(index) };
		case 'name':
			return byName(index, query.name, query.alone, input.trim());
		case 'single': {
			const matches = byValue(index, query.readings);
			if (matches.length === 0) {
				return { type: 'not-found', text: query.text, suggestions: nearest(index, query.readings) };
			}
			return { type: 'found', matches, ambiguous: matches.length > 1, partial: false };
		}
		case 'pair': {
			const main = byValue(index, query.main, PAIR_MAIN);
			const extended = byValue(index, query.extended, PAIR_EXTENDED);
			if (main.length === 0 && extended.length === 0) {
				const readings = [...query.main, ...query.extended];
				return { type: 'not-found', text: query.text, suggestions: nearest(index, readings) };
			}
			const isKnownPair =
				main.some((m) => m.entry.id === 'disconnect/0x904') &&
				extended.some((m) => m.entry.decimal === 7);
			return { type: 'pair', main, extended, isKnownPair };
		}
		default:
			return assertNever(query);
	}
}

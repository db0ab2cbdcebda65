/**
 * The code tables as the diagnosis reads them, built in one pass from decoder index entries
 * (/codes/decoder-index.json, which carries each code's causes): the finder's index and, by id,
 * the meaning and the causes.
 */
import { buildCodeIndex, type CodeIndex } from '../codes/find-codes.ts';
import type { CodeIndexEntry } from '../../schemas/codes.ts';
import type { CodeAbout } from './evidence.ts';

/** The code tables for the diagnosis (same shape as DiagnoseIndex['codes']). */
export interface CodeTables {
	readonly index: CodeIndex;
	readonly about: ReadonlyMap<string, CodeAbout>;
}

/** What the tables need of a decoder index entry (causes absent means none). */
export type CodeTableEntry = Pick<
	CodeIndexEntry,
	'id' | 'family' | 'decimal' | 'names' | 'meaning' | 'causes'
>;

/** Builds the code tables from decoder index entries. */
export function codeTables(entries: readonly CodeTableEntry[]): CodeTables {
	const about = new Map<string, CodeAbout>();
	for (const e of entries) about.set(e.id, { meaning: e.meaning, causes: e.causes ?? [] });
	return { index: buildCodeIndex(entries), about };
}

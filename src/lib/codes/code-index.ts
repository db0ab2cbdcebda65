/**
 * The compact projection of the code tables that findCodes reads. It is built in memory from the
 * decoder index (`toIndexEntry` records, the same list /codes/decoder-index.json serves), so a
 * browser island that has fetched that JSON builds it in one pass; nothing extra is shipped.
 * Shape: ids by numeric value and by upper-case symbolic name, each list in FAMILY_ORDER
 * (the order a person should read them in: dialog tables first).
 */
import type { CodeFamily, CodeIndexEntry } from '../../schemas/codes.ts';
import { FAMILY_ORDER } from './spellings.ts';

/** One code as findCodes sees it. */
export interface CodeRef {
	/** `<family>/<hex>`, e.g. `disconnect/0x904`. */
	id: string;
	family: CodeFamily;
	/** The table value (FreeRDP codes include their class: 0x2000d). */
	value: number;
}

/** Lookup maps for findCodes; build with buildCodeIndex. */
export interface CodeIndex {
	/** Codes by value, in FAMILY_ORDER. */
	readonly byValue: ReadonlyMap<number, readonly CodeRef[]>;
	/** Codes by symbolic name in upper case (`ERRINFO_…`, `DISCONNECTREASON…`). */
	readonly byName: ReadonlyMap<string, readonly CodeRef[]>;
}

/** The fields of a decoder index entry the code finder needs. */
export type CodeIndexSource = Pick<CodeIndexEntry, 'id' | 'family' | 'decimal' | 'names'>;

function push<K>(map: Map<K, CodeRef[]>, key: K, ref: CodeRef): void {
	const list = map.get(key);
	if (list) list.push(ref);
	else map.set(key, [ref]);
}

/** Builds the finder's index from decoder index entries; entries in any order. */
export function buildCodeIndex(entries: readonly CodeIndexSource[]): CodeIndex {
	const rank = (f: CodeFamily) => FAMILY_ORDER.indexOf(f);
	const sorted = [...entries].sort((a, b) => rank(a.family) - rank(b.family));
	const byValue = new Map<number, CodeRef[]>();
	const byName = new Map<string, CodeRef[]>();
	for (const e of sorted) {
		const ref: CodeRef = { id: e.id, family: e.family, value: e.decimal };
		push(byValue, e.decimal, ref);
		for (const name of e.names) push(byName, name.toUpperCase(), ref);
	}
	return { byValue, byName };
}

/** FreeRDP's error classes (include/freerdp/error.h): the high 16 bits of a logged last error. */
const FREERDP_ERRINFO_CLASS = 1;

/**
 * Codes with this value, limited to the first of `families` that has it (a label names one
 * table), or in every table when `families` is undefined (a bare number). A FreeRDP last error of
 * the errinfo class (0x0001xxxx) also reads as server error info xxxx.
 */
export function codesWithValue(
	index: CodeIndex,
	value: number,
	families?: readonly CodeFamily[],
): CodeRef[] {
	const all = [...(index.byValue.get(value) ?? [])];
	if (value >>> 16 === FREERDP_ERRINFO_CLASS) {
		const info = index.byValue.get(value & 0xffff)?.filter((r) => r.family === 'errorinfo');
		all.push(...(info ?? []));
	}
	if (!families) return all;
	for (const family of families) {
		const hit = all.filter((r) => r.family === family);
		if (hit.length > 0) return hit;
	}
	return [];
}

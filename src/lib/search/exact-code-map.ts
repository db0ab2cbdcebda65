/**
 * The file the search dialog's exact-code line reads (src/pages/codes/exact-codes.json.ts): for
 * each spelling a code has in the tables, its `0x` hex and each of its names in lower case, the
 * pages of the codes it spells, in the order of the dialog's tables. Built at build time, so the
 * dialog fetches 5.5 KB (gzipped) of spellings and none of the decoder's code (the decoder index with its
 * meanings is 12 KB gzipped, and its reading code would share chunks with the home page's islands).
 */
import type { CodeEntry } from '../../schemas/codes.ts';
import { FAMILY_ORDER, toHex } from '../codes/spellings.ts';
import { codeTitle, PAIR_PAGE } from '../codes/titles.ts';
import { PAIR_KEY, type CodeHit, type ExactCodeMap } from './exact-codes.ts';

type Code = Pick<CodeEntry, 'family' | 'decimal'> & { names: readonly { value: string }[] };

/** The map of every spelling of `codes`, plus the 0x904 / 0x7 pair's page under PAIR_KEY. */
export function buildExactCodeMap(codes: readonly Code[]): ExactCodeMap {
	const map: Record<string, CodeHit[]> = {};
	const add = (key: string, hit: CodeHit) => {
		const hits = (map[key.toLowerCase()] ??= []);
		if (!hits.some((h) => h.path === hit.path)) hits.push(hit);
	};
	const ordered = [...codes].sort(
		(a, b) => FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family),
	);
	for (const code of ordered) {
		const hex = toHex(code.decimal);
		const hit = {
			path: `codes/${code.family}/${hex}/`,
			title: codeTitle({ family: code.family, hex }),
		};
		add(hex, hit);
		for (const name of code.names) add(name.value, hit);
	}
	map[PAIR_KEY] = [{ path: PAIR_PAGE.path, title: PAIR_PAGE.title }];
	return map;
}

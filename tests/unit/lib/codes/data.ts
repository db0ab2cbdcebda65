import { readFileSync, readdirSync } from 'node:fs';
import {
	codeEntrySchema,
	type CodeEntry,
	type CodeIndexEntry,
} from '../../../../src/schemas/codes.ts';
import { FAMILY_ORDER } from '../../../../src/lib/codes/spellings.ts';
import { toIndexEntry } from '../../../../src/lib/codes/lookup.ts';

/** The real code tables, parsed with the real schema (what the build sees). */
export const entries: CodeEntry[] = FAMILY_ORDER.flatMap((family) =>
	codeEntrySchema
		.array()
		.parse(JSON.parse(readFileSync(`src/content/codes/${family}.json`, 'utf8'))),
);

/** Guide slugs = the contract's cause ids. */
export const guideIds = readdirSync('src/content/docs/guides')
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => f.replace(/\.mdx$/, ''));

/** The decoder's index, built with the same function src/data/codes.ts uses. */
export const index: CodeIndexEntry[] = entries.map(toIndexEntry);

import type { CodeEntry } from '../../schemas/codes.ts';
import { toHex } from './spellings.ts';

/**
 * Checks the code tables beyond what zod can see: ids agree with family and hex, hex agrees with
 * decimal, no id twice, every cause is a known guide. Returns one message per problem, each
 * naming the entry and the fix.
 */
export function checkCodes(entries: readonly CodeEntry[], causeIds: readonly string[]): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	const causes = new Set(causeIds);
	for (const e of entries) {
		if (e.hex !== toHex(e.decimal)) {
			problems.push(
				`${e.id}: hex ${e.hex} and decimal ${e.decimal} disagree; ${e.decimal} is ${toHex(e.decimal)}`,
			);
		}
		const expected = `${e.family}/${e.hex}`;
		if (e.id !== expected) problems.push(`${e.id}: the id must be ${expected} (family/hex)`);
		if (seen.has(e.id)) problems.push(`${e.id}: listed twice; keep one entry`);
		seen.add(e.id);
		for (const c of e.causes) {
			if (!causes.has(c)) {
				problems.push(`${e.id}: cause "${c}" has no guide; use one of ${[...causes].join(', ')}`);
			}
		}
	}
	return problems;
}

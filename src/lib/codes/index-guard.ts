import type { CodeIndexEntry } from '../../schemas/codes.ts';
import { FAMILY_ORDER } from './spellings.ts';

// The decoder validates its fetched index with this guard rather than zod, which would add
// more script to the island than the whole decoder.

function isEntry(value: unknown): value is CodeIndexEntry {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return (
		typeof v['id'] === 'string' &&
		typeof v['family'] === 'string' &&
		(FAMILY_ORDER as readonly string[]).includes(v['family']) &&
		typeof v['decimal'] === 'number' &&
		typeof v['meaning'] === 'string' &&
		typeof v['evidence'] === 'string' &&
		Array.isArray(v['names']) &&
		v['names'].every((n) => typeof n === 'string')
	);
}

/** True when the value is a list of decoder index entries. */
export function isCodeIndex(value: unknown): value is CodeIndexEntry[] {
	return Array.isArray(value) && value.every(isEntry);
}

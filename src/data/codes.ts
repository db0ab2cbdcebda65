/**
 * The one module that reads the code collections. Pages import the sorted lists from here;
 * the build stops with a readable list of problems if the tables are inconsistent.
 */
import { getCollection } from 'astro:content';
import type { CodeEntry, CodeFamily, CodeIndexEntry } from '../schemas/codes.ts';
import { checkCodes } from '../lib/codes/integrity.ts';
import { FAMILY_ORDER } from '../lib/codes/spellings.ts';
import { toIndexEntry } from '../lib/codes/lookup.ts';

const collections = {
	disconnect: 'disconnectCodes',
	extended: 'extendedCodes',
	errorinfo: 'errorinfoCodes',
	negotiation: 'negotiationCodes',
	reported: 'reportedCodes',
	freerdp: 'freerdpCodes',
} as const satisfies Record<CodeFamily, string>;

const guideFiles = import.meta.glob('../content/docs/guides/*.mdx');
/** Cause ids: the guide file names, as the contract says. */
export const causeIds = Object.keys(guideFiles)
	.map((p) => p.replace(/^.*\/|\.mdx$/g, ''))
	.sort();

async function load(): Promise<CodeEntry[]> {
	const lists = await Promise.all(
		FAMILY_ORDER.map(async (family) =>
			(await getCollection(collections[family])).map((e) => e.data),
		),
	);
	const all = lists
		.flat()
		.sort(
			(a, b) =>
				FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family) || a.decimal - b.decimal,
		);
	const problems = checkCodes(all, causeIds);
	if (problems.length > 0)
		throw new Error(`RDP code tables are inconsistent:\n${problems.join('\n')}`);
	return all;
}

let cache: Promise<CodeEntry[]> | undefined;

/** Every code of every family, sorted by family then value. */
export function allCodes(): Promise<CodeEntry[]> {
	cache ??= load();
	return cache;
}

/** The codes of one family, sorted by value. */
export async function codesOf(family: CodeFamily): Promise<CodeEntry[]> {
	return (await allCodes()).filter((e) => e.family === family);
}

/** The slim records the decoder fetches. */
export async function decoderIndex(): Promise<CodeIndexEntry[]> {
	return (await allCodes()).map(toIndexEntry);
}

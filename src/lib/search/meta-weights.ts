/**
 * Pagefind's metadata weights (astro.config.mjs passes META_WEIGHTS to Starlight's `pagefind.ranking`).
 *
 * Pagefind adds `weight × IDF of the query word` for each metadata field a query word matches,
 * and it matches a field's word whether the query is the whole word or only its start (0x2 matches
 * 0x204 in full), without the length bonus that body text gets (pagefind_web/src/search.rs). So
 * only the body tells an exact number from a longer one, and that difference is small: weights of
 * pages that may compete for a number differ by less than it, and the page that prints the exact
 * number wins.
 *
 * Code pages carry their numeric spellings as `<family>_code` metadata (CodeFacts.astro), and
 * Pagefind's title field (weight 5) holds the hex of their title. An error page carries the hex of
 * each code it owns (src/lib/errors/search-words.ts) in a field weighted so that its metadata sums
 * to that of the code page of its first table plus ERROR_EDGE: it comes first for its own codes,
 * and for a shorter number that only starts one of them it weighs about what a code page with the
 * longer number would, so the exact number's code page still comes first.
 */
import type { CodeFamily } from '../../schemas/codes.ts';
import { aliasMetaKey, FAMILY_ORDER } from '../codes/spellings.ts';

/** Pagefind's own weight for the title field (its default, set here so it cannot drift). */
export const TITLE_WEIGHT = 5;

/**
 * Code pages: an exact number beats a page that merely mentions it, and the dialog's tables come
 * first (0x104 lists disconnect/0x104, then extended/0x104). The steps are 0.1 and not larger: a
 * disconnect page with 0x1807 outweighed errorinfo/0x18 by a whole point for the search 0x18.
 */
export const CODE_META_WEIGHTS: Record<CodeFamily, number> = {
	disconnect: 10,
	extended: 9.9,
	errorinfo: 9.8,
	negotiation: 9.7,
	reported: 9.7,
	freerdp: 9.7,
};

/** What an error page's metadata weighs above its code's page for the code's numbers. */
export const ERROR_EDGE = 0.05;

/**
 * How the title fields compare for a number: the code page's title shows it and the error's does
 * not (`code`), or both or neither do (`same`). The error field makes up the difference.
 */
export type TitleGap = 'code' | 'same';

/** The metadata field of an error page for numbers of codes of `family`. */
export function errorMetaKey(family: CodeFamily, gap: TitleGap): string {
	return gap === 'same' ? `error_${family}` : `error_${family}_untitled`;
}

/** Every weighted metadata field of the site. */
export const META_WEIGHTS: Record<string, number> = {
	title: TITLE_WEIGHT,
	...Object.fromEntries(FAMILY_ORDER.map((f) => [aliasMetaKey(f), CODE_META_WEIGHTS[f]])),
	// /codes/not-in-tables/ carries these (unlistedPrefixWords): low, so a listed code always wins.
	unlisted_code: 1,
	// Error pages' dialog words in other languages (search-words.ts): they only need to be found.
	// English stemming matches certificat(o) and licen(c)e to English words, and with nine
	// languages a page outweighed the English guide for "certificate" at the default weight.
	dialog_words: 0.1,
	...Object.fromEntries(
		FAMILY_ORDER.flatMap((f) => [
			[errorMetaKey(f, 'same'), CODE_META_WEIGHTS[f] + ERROR_EDGE],
			[errorMetaKey(f, 'code'), CODE_META_WEIGHTS[f] + TITLE_WEIGHT + ERROR_EDGE],
		]),
	),
};

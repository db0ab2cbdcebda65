/**
 * Query once: the docs pages the site derives lists from, read once per build instead of once
 * per page (the guide checks run on every guide, the guide titles on every code page).
 */
import { getCollection } from 'astro:content';
import { pagePathFromEntryId } from '../lib/guides/page-paths.ts';
import type { GuideSummary } from '../lib/site/guide-index.ts';

const docs = await getCollection('docs');

/** Every docs entry id (e.g. `guides/listener`), against which the graph's causes are checked. */
export const docIds: ReadonlySet<string> = new Set(docs.map((page) => page.id));

/** The URL path of every docs page, which the guide checks use to resolve internal links. */
export const knownPaths: ReadonlySet<string> = new Set(
	docs.map((page) => pagePathFromEntryId(page.id)),
);

/** Every troubleshooting guide, in the shape the guides index lists. */
export const guides: readonly GuideSummary[] = docs
	.filter((page) => page.data.kind === 'guide')
	.map((page) => ({
		slug: page.id,
		title: page.data.title,
		description: page.data.description ?? '',
		side: page.data.side ?? [],
	}));

/** Guide titles by cause id (the guide's file name), for the "what usually causes it" links. */
export const guideTitles: ReadonlyMap<string, string> = new Map(
	guides.map((guide) => [guide.slug.replace(/^guides\//, ''), guide.title]),
);

/**
 * Query once: the URL path of every docs page, which the guide checks use to resolve internal
 * links. Built once per build, not once per guide.
 */
import { getCollection } from 'astro:content';
import { pagePathFromEntryId } from '../lib/guides/page-paths.ts';

export const knownPaths: ReadonlySet<string> = new Set(
	(await getCollection('docs')).map((page) => pagePathFromEntryId(page.id)),
);

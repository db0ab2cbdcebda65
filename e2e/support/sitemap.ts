import { readFileSync } from 'node:fs';

/** Paths (with the base path) of every page in the built sitemap, read from dist/ once. */
export function sitemapPaths(): string[] {
	const xml = readFileSync(`${process.env.DIST_DIR ?? 'dist'}/sitemap-0.xml`, 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * Page URLs of the docs collection, computed from entry ids, and the resolution of the links a
 * page writes. Links are kept relative in MDX (`../certificate/`) so they survive a BASE_PATH.
 */

/** The URL path (no base) Starlight serves an entry id at: `guides/certificate` -> `/guides/certificate/`. */
export function pagePathFromEntryId(id: string): string {
	const clean = id.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
	return clean === '' ? '/' : `/${clean}/`;
}

/** Where an href written on the page at `fromPath` leads, or null when it leaves the site. */
export function resolveInternalHref(href: string, fromPath: string): string | null {
	if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('#'))
		return null;
	const url = new URL(href, `https://site.invalid${fromPath}`);
	const path = url.pathname;
	return path.endsWith('/') ? path : `${path}/`;
}

/**
 * Code pages are generated from the code tables by src/pages, not by the docs collection, so the
 * checker cannot list them; it checks that such a link has the URL shape of the shared contract.
 */
export const CODE_PAGE_PATH =
	/^\/codes\/(disconnect|extended|errorinfo|negotiation|reported)\/0x(0|[1-9a-f][0-9a-f]*)\/$/;

/** A code id of the shared contract: `<family>/<hex>`, lowercase hex, `0x` prefix, no zero padding. */
export const CODE_ID =
	/^(disconnect|extended|errorinfo|negotiation|reported)\/0x(0|[1-9a-f][0-9a-f]*)$/;

/** Splits an MDX file into its YAML frontmatter text and its body, as Astro does. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match) return { frontmatter: '', body: source };
	return { frontmatter: match[1] ?? '', body: source.slice(match[0].length) };
}

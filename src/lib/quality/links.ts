/**
 * Internal link checking over a built static site held in memory. The site is a map from URL
 * path (with the base path, e.g. "/docs/guides/x/") to that page's HTML, plus the set of every
 * other file's URL path. External links are collected, never fetched.
 */

/** A built site: pages by URL path, and every non-page file's URL path. */
export interface BuiltSite {
	pages: ReadonlyMap<string, string>;
	files: ReadonlySet<string>;
}

/** One link that does not resolve. */
export interface BrokenLink {
	page: string;
	href: string;
	problem: string;
}

/** The outcome of a check: broken internal links and the external URLs seen (sorted, unique). */
export interface LinkReport {
	broken: BrokenLink[];
	external: string[];
	checked: number;
}

const ATTR = /<(a|link|script|img|source|iframe)\b[^>]*?\s(href|src)\s*=\s*("([^"]*)"|'([^']*)')/gi;
const ID = /\sid\s*=\s*("([^"]*)"|'([^']*)')/gi;

/** Every href/src value of a page, HTML entities for & decoded. */
export function linksOf(html: string): string[] {
	return [...html.matchAll(ATTR)].map((m) => (m[4] ?? m[5] ?? '').replaceAll('&amp;', '&'));
}

/** Every element id of a page. */
export function idsOf(html: string): Set<string> {
	return new Set([...html.matchAll(ID)].map((m) => m[2] ?? m[3] ?? ''));
}

/** The page path a URL path serves: "/a/" and "/a/index.html" are the same page. */
function pageKey(pathname: string): string {
	return pathname.endsWith('/index.html') ? pathname.slice(0, -'index.html'.length) : pathname;
}

/** Checks every internal link and #anchor of every page. */
export function checkLinks(site: BuiltSite, origin = 'https://site.invalid'): LinkReport {
	const ids = new Map<string, Set<string>>();
	const idsFor = (page: string) => {
		let set = ids.get(page);
		if (!set) ids.set(page, (set = idsOf(site.pages.get(page) ?? '')));
		return set;
	};
	const broken: BrokenLink[] = [];
	const external = new Set<string>();
	let checked = 0;
	for (const [page, html] of site.pages) {
		for (const href of linksOf(html)) {
			if (href === '' || /^(mailto|tel|data|javascript):/i.test(href)) continue;
			let url: URL;
			try {
				url = new URL(href, origin + page);
			} catch {
				broken.push({ page, href, problem: 'is not a valid URL' });
				continue;
			}
			if (url.origin !== origin) {
				external.add(url.href);
				continue;
			}
			checked++;
			let path: string;
			try {
				path = decodeURI(url.pathname);
			} catch {
				broken.push({ page, href, problem: 'has a malformed percent-encoding' });
				continue;
			}
			const target = pageKey(path);
			const isPage = site.pages.has(target);
			if (!isPage && !site.files.has(path)) {
				const hint = site.pages.has(`${target}/`)
					? ` (the page is "${target}/": add the trailing slash)`
					: '';
				broken.push({ page, href, problem: `points to a missing page or file${hint}` });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && isPage && fragment !== '_top' && !idsFor(target).has(fragment)) {
				broken.push({
					page,
					href,
					problem: `points to #${fragment}, which ${target} does not have`,
				});
			}
		}
	}
	return { broken, external: [...external].sort(), checked };
}

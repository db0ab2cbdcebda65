/**
 * What a first visit to one page costs, gzipped: its HTML, its stylesheets, and the JavaScript
 * it loads before any interaction (module scripts, modulepreloads, island components and
 * renderers, and their static imports; dynamic `import()`s such as Pagefind's are left out).
 */
import { gzipSync } from 'node:zlib';

/** Gzipped byte counts of one page's first visit. */
export interface PageWeight {
	html: number;
	css: number;
	js: number;
	/** URL paths of the CSS and JS counted, for a readable report. */
	assets: string[];
}

/** Gzipped size in bytes (level 9, as a static host would precompress). */
export function gzipSize(content: string | Uint8Array): number {
	return gzipSync(content, { level: 9 }).length;
}

const STYLESHEET = /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi;
const MODULE_SCRIPT = /<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi;
const MODULEPRELOAD = /<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi;
const ISLAND_URL = /\b(?:component-url|renderer-url)=["']([^"']+)["']/gi;
const HREF = /\bhref=["']([^"']+)["']/i;
// Static imports in minified ES modules: `import"./a.js"`, `from"./b.js"`, `import{x}from'./c.js'`.
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g;

function hrefs(html: string, tag: RegExp): string[] {
	return [...html.matchAll(tag)].map((m) => HREF.exec(m[0])?.[1]).filter((h): h is string => !!h);
}

/**
 * Weighs a page. `read` returns a file's content by absolute URL path, or undefined when the
 * site has no such file (then it is not counted: the link checker reports missing files).
 */
export function pageWeight(
	pagePath: string,
	html: string,
	read: (path: string) => string | undefined,
): PageWeight {
	const resolve = (ref: string, from: string) => new URL(ref, `https://x${from}`).pathname;
	const css = hrefs(html, STYLESHEET).map((h) => resolve(h, pagePath));
	const entry = [
		...[...html.matchAll(MODULE_SCRIPT)].map((m) => m[1] ?? ''),
		...hrefs(html, MODULEPRELOAD),
		...[...html.matchAll(ISLAND_URL)].map((m) => m[1] ?? ''),
	].map((ref) => resolve(ref.replaceAll('&amp;', '&'), pagePath));

	const js = new Set<string>();
	const queue = [...entry];
	while (queue.length > 0) {
		const path = queue.pop()!;
		if (js.has(path)) continue;
		const source = read(path);
		if (source === undefined) continue;
		js.add(path);
		for (const m of source.matchAll(STATIC_IMPORT)) queue.push(resolve(m[1] ?? '', path));
	}
	const sum = (paths: Iterable<string>) => {
		let total = 0;
		for (const p of paths) {
			const content = read(p);
			if (content !== undefined) total += gzipSize(content);
		}
		return total;
	};
	const uniqueCss = [...new Set(css)];
	return {
		html: gzipSize(html),
		css: sum(uniqueCss),
		js: sum(js),
		assets: [...uniqueCss, ...js].sort(),
	};
}

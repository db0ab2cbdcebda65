import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltSite } from '../../../src/lib/quality/links';

/** The base path the site was built with (BASE_PATH, normalised as astro.config.mjs does). */
export const basePath = `/${(process.env.BASE_PATH ?? '').split('/').filter(Boolean).join('/')}/`.replace('//', '/');

/** The folder of the build under test (DIST_DIR, default dist). */
export const DIST = process.env.DIST_DIR ?? 'dist';

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
	);
}

/** URL path of a file in dist/: "dist/a/index.html" -> "/base/a/". */
function urlPath(file: string): string {
	const rel = relative(DIST, file).split(sep).join('/');
	const path = basePath + rel;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Reads dist/ once: pages (HTML) by URL path, other files by URL path, and a reader for any. */
export function loadBuiltSite(): BuiltSite & { read: (path: string) => string | undefined } {
	const pages = new Map<string, string>();
	const files = new Set<string>();
	const byPath = new Map<string, string>();
	for (const file of walk(DIST)) {
		const path = urlPath(file);
		byPath.set(path, file);
		if (file.endsWith('.html')) pages.set(path, readFileSync(file, 'utf8'));
		else files.add(path);
	}
	const read = (path: string) => {
		const file = byPath.get(path);
		return file === undefined ? undefined : readFileSync(file, 'utf8');
	};
	return { pages, files, read };
}

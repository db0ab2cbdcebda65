/**
 * Which sitemap pages axe checks. Every page gets the cheap checks (status 200, empty console);
 * axe, the slow one, runs on every page written by hand (the docs collection: home, start and
 * reference pages, every guide), on every page of a static route, and on a deterministic sample
 * of each group of pages a dynamic route writes (src/pages/codes/[family]/[hex].astro makes one
 * group per family). Routes are read from src/pages, so a new template is checked without
 * editing this file.
 */
import { readdirSync } from 'node:fs';

/** One HTML route of src/pages. */
export interface Route {
	/** File under src/pages, e.g. `codes/[family]/[hex].astro`. */
	readonly file: string;
	/** Matches the URL paths (without base path, with the trailing slash) the route writes. */
	readonly pattern: RegExp;
	/** How many `[param]` segments the path has. */
	readonly dynamic: number;
}

/** Why axe checks a page; undefined when only the cheap checks run. */
export type AxeReason = 'written by hand' | 'static route' | 'first of its group' | 'sample';

/**
 * One in SAMPLE_EVERY pages of a dynamic group is sampled besides the first of each group: the
 * pages of a group share their template and differ in data, which the dist gates check on every page.
 */
export const SAMPLE_EVERY = 40;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A route from a file name under src/pages; undefined for endpoints (`decoder-index.json.ts`). */
export function routeOf(file: string): Route | undefined {
	const path = file.replace(/\\/g, '/');
	if (!/\.(astro|md|mdx|html)$/.test(path)) return undefined;
	const segments = path
		.replace(/\.[a-z]+$/, '')
		.split('/')
		.filter((s, i, all) => !(s === 'index' && i === all.length - 1));
	const parts = segments.map((s) =>
		/^\[\.\.\.\w+\]$/.test(s) ? '.*' : /^\[\w+\]$/.test(s) ? '[^/]+' : escape(s),
	);
	const body = parts.length === 0 ? '/' : `/${parts.join('/')}/`;
	return {
		file: path,
		pattern: new RegExp(`^${body.replace('/.*/', '/(?:.*/)?')}$`),
		dynamic: segments.filter((s) => s.startsWith('[')).length,
	};
}

/** The HTML routes of a pages folder, static before dynamic as Astro ranks them. */
export function pageRoutes(dir = 'src/pages'): Route[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.sort()
		.flatMap((file) => routeOf(file) ?? [])
		.sort((a, b) => a.dynamic - b.dynamic);
}

/**
 * The group of a page: a hand-written page and a static route's page are each their own group; a
 * dynamic route's pages group by the route and every segment but the last
 * (`codes/[family]/[hex].astro /codes/disconnect/`).
 */
export function groupOf(
	path: string,
	routes: readonly Route[],
): { key: string; route: Route | undefined } {
	const route = routes.find((r) => r.pattern.test(path));
	if (route === undefined || route.dynamic === 0) return { key: path, route };
	return { key: `${route.file} ${path.replace(/[^/]+\/$/, '')}`, route };
}

/** FNV-1a, so the sample depends on the path alone, not on the order or the number of pages. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return h;
}

/**
 * The pages axe checks and why, for sitemap paths with the base path removed. `always` adds
 * pages to check in any case (the page types of the other gates).
 */
export function axeTargets(
	paths: readonly string[],
	routes: readonly Route[],
	always: readonly string[] = [],
): Map<string, AxeReason> {
	const targets = new Map<string, AxeReason>();
	const groups = new Map<string, string[]>();
	for (const path of [...paths].sort()) {
		const { key, route } = groupOf(path, routes);
		if (route === undefined) targets.set(path, 'written by hand');
		else if (route.dynamic === 0) targets.set(path, 'static route');
		else groups.set(key, [...(groups.get(key) ?? []), path]);
	}
	for (const members of groups.values()) {
		members.forEach((path, i) => {
			if (i === 0) targets.set(path, 'first of its group');
			else if (hash(path) % SAMPLE_EVERY === 0 || always.includes(path))
				targets.set(path, 'sample');
		});
	}
	return targets;
}

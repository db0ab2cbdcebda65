import type { Page } from '@playwright/test';
import { expect, test } from './support/shared-page';
import { resolveBasePath } from '../src/lib/site-config';
import { sitemapPaths } from './support/sitemap';
import { watchConsole } from './support/console';
import { axeViolationsInThemes } from './support/axe';
import { PAGE_TYPES } from './support/page-types';
import { axeTargets, groupOf, pageRoutes } from './support/templates';

const base = resolveBasePath(process.env.BASE_PATH);
const paths = sitemapPaths();
const routes = pageRoutes();
const local = (path: string) => `/${path.slice(base.length)}`;
const targets = axeTargets(
	paths.map(local),
	routes,
	Object.values(PAGE_TYPES).map((p) => `/${p}`),
);
// axe results do not depend on the base path; the sub-path run repeats only the @smoke checks.
const runAxe = base === '/';
// Under a sub-path, one page of each template proves that its assets and scripts load; every
// page's links, assets and policies under the sub-path are checked by the dist gates there.
const smoke = new Set(
	[...targets]
		.filter(([, reason]) => reason === 'static route' || reason === 'first of its group')
		.map(([path]) => path)
		.concat(Object.values(PAGE_TYPES).map((p) => `/${p}`)),
);

test('the sitemap lists the pages, and axe covers every group of pages', () => {
	expect(paths.length).toBeGreaterThan(3);
	const groups = new Set(paths.map((p) => groupOf(local(p), routes).key));
	const checked = new Set([...targets.keys()].map((p) => groupOf(p, routes).key));
	expect([...groups].filter((g) => !checked.has(g))).toEqual([]);
	// Every route of src/pages that writes HTML serves a page of the sitemap.
	expect(routes.filter((r) => !paths.some((p) => r.pattern.test(local(p))))).toEqual([]);
	for (const path of Object.values(PAGE_TYPES)) expect(targets.has(`/${path}`), path).toBe(true);
});

/**
 * Visits `path` and returns the list its problems go to: a status other than 200, then console
 * errors and warnings for as long as the page stays open.
 */
async function visitProblems(page: Page, path: string): Promise<string[]> {
	const problems = watchConsole(page);
	const response = await page.goto(path, { waitUntil: 'networkidle' });
	if (response?.status() !== 200) problems.unshift(`status ${response?.status()}`);
	return problems;
}

// One visit per page: status, console and (where it runs) axe in both themes share the load.
// A page axe checks, or one the sub-path run loads, is a test of its own.
const alone = paths.filter(
	(path) => (runAxe && targets.has(local(path))) || smoke.has(local(path)),
);
for (const path of alone) {
	const reason = runAxe ? targets.get(local(path)) : undefined;
	const tag = smoke.has(local(path)) ? ' @smoke' : '';
	const title = reason
		? `${path} loads with status 200 and a clean console, and passes axe in both themes (${reason})${tag}`
		: `${path} loads with status 200 and a clean console${tag}`;
	test(title, async ({ page }) => {
		// axe twice over a long page takes tens of seconds when other suites share the CPU.
		if (reason) test.setTimeout(90_000);
		const problems = await visitProblems(page, path);
		if (reason) expect(await axeViolationsInThemes(page)).toEqual([]);
		expect(problems).toEqual([]);
	});
}

// The other pages only need a visit each. A visit mostly waits (networkidle is 500 ms without a
// request) and a new tab costs a renderer process, so PARALLEL tabs of one context share a
// chunk's pages, each tab visiting its next page as soon as it is done with the last.
const CHUNK = 40;
const PARALLEL = 5;
const rest = paths.filter((path) => !alone.includes(path));
for (let from = 0; from < rest.length; from += CHUNK) {
	const chunk = rest.slice(from, from + CHUNK);
	test(`${chunk.length} pages from ${chunk[0]} to ${chunk.at(-1)} load with status 200 and a clean console`, async ({
		context,
	}) => {
		test.setTimeout(chunk.length * 5_000);
		const queue = [...chunk];
		const problems: string[] = [];
		const tab = async () => {
			const page = await context.newPage();
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				const found = await visitProblems(page, path);
				problems.push(...found.map((p) => `${path} ${p}`));
				// The next visit starts a list of its own; this one's listeners stay behind.
				page.removeAllListeners('console');
				page.removeAllListeners('pageerror');
			}
			await page.close(); // the context is the worker's, shared with the next tests
		};
		await Promise.all(Array.from({ length: PARALLEL }, tab));
		expect(problems).toEqual([]);
	});
}

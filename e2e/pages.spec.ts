import { expect, test } from '@playwright/test';
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

// One visit per page: status, console and (where it runs) axe in both themes share the load.
for (const path of paths) {
	const reason = runAxe ? targets.get(local(path)) : undefined;
	const tag = smoke.has(local(path)) ? ' @smoke' : '';
	const title = reason
		? `${path} loads with status 200 and a clean console, and passes axe in both themes (${reason})${tag}`
		: `${path} loads with status 200 and a clean console${tag}`;
	test(title, async ({ page }) => {
		// axe twice over a long page takes tens of seconds when other suites share the CPU.
		if (reason) test.setTimeout(90_000);
		const problems = watchConsole(page);
		const response = await page.goto(path, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		if (reason) expect(await axeViolationsInThemes(page)).toEqual([]);
		expect(problems).toEqual([]);
	});
}

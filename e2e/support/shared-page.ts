/**
 * A `test` whose `page` is one tab per worker, reused from test to test, for specs whose tests
 * each open a page, read and click it, and leave nothing behind but what the teardown below resets.
 *
 * Why: on this 2-core machine a fresh context and tab cost about 1.5 CPU-seconds more per test
 * than a navigation in a tab that is already open (a new renderer process starts cold: 2.1 s
 * against 0.6 s for a guide, measured with the CPU time of Chromium's processes), and the suite
 * is CPU-bound.
 *
 * What a test gets is what a fresh tab gives at its first `goto`: the teardown removes the test's
 * listeners, routes, permissions and clipboard, clears local and session storage, restores the viewport and
 * moves the URL so that the next `goto` is a full load even to the same address with a fragment.
 * A test that sets a context option (`test.use({ viewport })`, `permissions`, no JavaScript, a
 * colour scheme) gets a fresh context of its own, as with `@playwright/test`. Specs that
 * route, throttle or count requests (the HTTP cache is shared), or count history entries (a tab
 * keeps 50), import `@playwright/test` instead.
 */
import {
	test as base,
	type BrowserContext,
	type BrowserContextOptions,
	type Page,
} from '@playwright/test';

export { expect } from '@playwright/test';

/** The page events a test may listen to; their listeners go with the test. */
const EVENTS = ['console', 'pageerror', 'dialog', 'request', 'response', 'requestfailed'] as const;

async function reset(page: Page, viewport: ReturnType<Page['viewportSize']>): Promise<void> {
	const context = page.context();
	for (const event of EVENTS) page.removeAllListeners(event);
	await page.unrouteAll({ behavior: 'ignoreErrors' });
	await context.unrouteAll({ behavior: 'ignoreErrors' });
	// A copy of this test must not answer the next test's clipboard check.
	await page.evaluate(() => navigator.clipboard.writeText('')).catch(() => undefined);
	await context.clearPermissions();
	if (viewport) await page.setViewportSize(viewport);
	await page
		.evaluate(() => {
			localStorage.clear();
			sessionStorage.clear();
			// A query no test visits, so that a `goto` to where the test ended loads again.
			history.replaceState(null, '', `${location.pathname}?shared-page-reset`);
		})
		.catch(() => undefined); // about:blank, or a page that went away
}

/**
 * The options of the shared context: the project's, with Playwright's defaults for those it
 * leaves out (a light colour scheme, JavaScript on), as the built-in `context` fixture has them.
 */
function sharedOptions(project: BrowserContextOptions): BrowserContextOptions {
	return defined({
		viewport: project.viewport,
		permissions: project.permissions,
		javaScriptEnabled: project.javaScriptEnabled ?? true,
		colorScheme: project.colorScheme ?? 'light',
	});
}

/** Context options without the keys whose value is undefined (Playwright's types reject those). */
function defined(options: Record<string, unknown>): BrowserContextOptions {
	return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

interface Tab {
	readonly page: Page;
	readonly context: BrowserContext;
}

/** The worker's tab, opened again if a test closed it. */
const tabs = new WeakMap<BrowserContext, Page>();
async function tabOf(context: BrowserContext): Promise<Page> {
	let page = tabs.get(context);
	if (page === undefined || page.isClosed()) tabs.set(context, (page = await context.newPage()));
	return page;
}

export const test = base.extend<{ tab: Tab }, { sharedContext: BrowserContext }>({
	sharedContext: [
		async ({ browser }, use, workerInfo) => {
			const project = workerInfo.project.use as BrowserContextOptions;
			const { baseURL, userAgent, deviceScaleFactor } = project;
			const context = await browser.newContext(
				defined({ ...sharedOptions(project), baseURL, userAgent, deviceScaleFactor }),
			);
			await use(context);
			await context.close();
		},
		{ scope: 'worker' },
	],
	tab: async (
		{ sharedContext, browser, baseURL, viewport, permissions, javaScriptEnabled, colorScheme },
		use,
		testInfo,
	) => {
		const chosen = defined({ viewport, permissions, javaScriptEnabled, colorScheme });
		const project = testInfo.project.use as BrowserContextOptions;
		const shared = sharedOptions(project);
		const own = (Object.keys(chosen) as (keyof BrowserContextOptions)[]).some(
			(key) => JSON.stringify(chosen[key]) !== JSON.stringify(shared[key]),
		);
		if (own) {
			const { userAgent, deviceScaleFactor } = project;
			const context = await browser.newContext(
				defined({ ...chosen, baseURL, userAgent, deviceScaleFactor }),
			);
			await use({ context, page: await context.newPage() });
			await context.close();
			return;
		}
		const page = await tabOf(sharedContext);
		const size = page.viewportSize();
		await use({ context: sharedContext, page });
		if (!page.isClosed()) await reset(page, size);
	},
	context: async ({ tab }, use) => use(tab.context),
	page: async ({ tab }, use) => use(tab.page),
});

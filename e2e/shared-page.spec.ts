import { expect, test } from './support/shared-page';

// The second test must see none of what the first left in the worker's shared tab.
test.describe.configure({ mode: 'serial' });

let firstTab: unknown;
const heard: string[] = [];

test('a test changes its tab: storage, viewport, a route, a listener, a permission', async ({
	page,
	context,
}) => {
	firstTab = page;
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('guides/');
	await page.evaluate(async () => {
		localStorage.setItem('left-behind', '1');
		sessionStorage.setItem('left-behind', '1');
		await navigator.clipboard.writeText('left behind');
	});
	await page.setViewportSize({ width: 375, height: 500 });
	await page.route('**/guides/', (route) => route.fulfill({ body: 'routed' }));
	page.on('console', (message) => heard.push(message.text()));
});

test('the next test gets the same tab as a fresh one would be', async ({ page, context }) => {
	expect(page === firstTab, 'the tab is shared, or this test proves nothing').toBe(true);
	expect(page.viewportSize()).toEqual(test.info().project.use.viewport);
	const response = await page.goto('guides/');
	expect(await response?.text()).not.toBe('routed');
	// Starlight stores its own keys as a page loads and unloads; the test's must be gone.
	const kept = await page.evaluate(() =>
		[localStorage, sessionStorage].map((s) => s.getItem('left-behind')),
	);
	expect(kept).toEqual([null, null]);
	await page.evaluate(() => console.info('after the first test'));
	expect(heard).toEqual([]);
	await context.grantPermissions(['clipboard-read']);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('');
});

test.describe('a test with its own context option', () => {
	test.use({ viewport: { width: 375, height: 667 } });

	test('gets a fresh tab', ({ page }) => {
		expect(page === firstTab).toBe(false);
		expect(page.viewportSize()).toEqual({ width: 375, height: 667 });
	});
});

import { expect, test, type Page, type Request } from '@playwright/test';
import { watchConsole } from './support/console';

// Pagefind UI's script (the chunk Vite names after @pagefind/default-ui's ui-core.js).
const isSearchUi = (request: Request) =>
	/\/ui-core\.[\w-]+\.js$/.test(new URL(request.url()).pathname);

/** Loads a page and waits past Starlight's idle callback, recording every script it fetched. */
async function loadAndIdle(page: Page, path: string): Promise<Request[]> {
	const requests: Request[] = [];
	page.on('request', (r) => requests.push(r));
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	await page.evaluate(
		() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 300))),
	);
	return requests;
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const searchBox = (page: Page) => dialog(page).getByRole('textbox', { name: 'Search' });

for (const path of ['./', './guides/certificate/']) {
	test(`${path} fetches no search UI until the pointer reaches the search button`, async ({
		page,
	}) => {
		const problems = watchConsole(page);
		const requests = await loadAndIdle(page, path);
		expect(requests.filter(isSearchUi).map((r) => r.url())).toEqual([]);
		const fetched = page.waitForRequest(isSearchUi);
		await page.getByRole('button', { name: 'Search' }).first().hover();
		await fetched;
		expect(problems).toEqual([]);
	});
}

test('Ctrl+K then typing at once searches the typed text while the search UI still loads', async ({
	page,
}) => {
	let release: () => void = () => undefined;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/ui-core\.[\w-]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await loadAndIdle(page, './');
	await page.keyboard.press('Control+k');
	await expect(dialog(page)).toBeVisible();
	await page.keyboard.type('Get-Win');
	release();
	await page.keyboard.type('Event');
	await expect(searchBox(page)).toHaveValue('Get-WinEvent');
	await expect(searchBox(page)).toBeFocused();
	await expect(searchBox(page)).toHaveCount(1);
	const results = dialog(page).locator('.pagefind-ui__result-link');
	await expect(results.filter({ hasText: 'Before you start' }).first()).toBeVisible();
});

test('a click on the search button opens a box that takes typing on a slow connection', async ({
	page,
}) => {
	await loadAndIdle(page, './guides/certificate/');
	const cdp = await page.context().newCDPSession(page);
	// Roughly "slow 3G": 400 ms round trips, 50 KB/s down.
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 400,
		downloadThroughput: 50 * 1024,
		uploadThroughput: 50 * 1024,
	});
	await page.getByRole('button', { name: 'Search' }).first().click();
	await expect(searchBox(page)).toBeFocused();
	await page.keyboard.type('1058');
	const results = dialog(page).locator('.pagefind-ui__result-link');
	await expect(results.first()).toBeVisible({ timeout: 20_000 });
	await expect(searchBox(page)).toHaveValue('1058');
});

import { expect, test } from '@playwright/test';
import { clickAnswer, openTree, treeHeading } from './support/tree';

test('the home page renders with its title and description @smoke', async ({ page }) => {
	const response = await page.goto('./');
	expect(response?.status()).toBe(200);
	await expect(page).toHaveTitle(/0x904/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('0x904');
	await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /0x904/);
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /og\.png$/);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//);
});

test('an unknown address answers 404 with the custom page @smoke', async ({ page, baseURL }) => {
	const response = await page.goto('./no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	// The way back must respect the base path when the site lives under a sub-path.
	const home = page.getByRole('main').getByRole('link', { name: 'Start the diagnosis' });
	await expect(home).toHaveAttribute('href', new URL(baseURL!).pathname);
});

test.describe('the tree data, fetched once', () => {
	test('an answer clicked before the tree arrives is applied when it does @smoke', async ({
		page,
	}) => {
		let release: () => void = () => undefined;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/tree/data.json', async (route) => {
			await held;
			await route.continue();
		});
		await openTree(page);
		await expect(treeHeading(page)).toHaveText(/RD Gateway or a Connection Broker/);
		await clickAnswer(page, 'Yes');
		// Nothing to show yet: the first question stays, and the click is kept.
		await expect(treeHeading(page)).toHaveText(/RD Gateway or a Connection Broker/);
		release();
		await expect(treeHeading(page)).toHaveText(/Connection Broker log database or RPC errors/);
		await expect(page).toHaveURL(/\?tree=/);
	});

	test('the page carries only the first question, and both islands share one request', async ({
		page,
	}) => {
		const requests: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/tree/data.json')) requests.push(r.url());
		});
		const html = await (await page.goto('./'))!.text();
		expect(html).toContain('RD Gateway or a Connection Broker');
		// A later question's text would mean the tree is in the HTML again.
		expect(html).not.toContain('Connection Broker log database or RPC errors');
		await page.getByRole('textbox', { name: /Error text/ }).scrollIntoViewIfNeeded();
		await expect(
			page.locator('astro-island[component-url*="PasteDiagnose"]:not([ssr])'),
		).toHaveCount(1);
		await page
			.getByRole('textbox', { name: /Error text/ })
			.fill('Event ID 2056 TerminalServices-SessionBroker');
		await expect(
			page.getByRole('region', { name: 'Diagnose from pasted text' }).locator('.pd-results'),
		).toBeVisible();
		expect(requests).toHaveLength(1);
	});
});

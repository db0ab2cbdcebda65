import { expect, test } from './support/shared-page';
import { CONTRACT_CAUSES } from '../tests/support/cause-ids';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the outline page shows every question, its branches and a guide for every cause', async ({
		page,
	}) => {
		const response = await page.goto('./tree/outline/');
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'All diagnosis questions on one page',
		);
		await expect(
			page.getByRole('heading', {
				level: 2,
				name: /^1\. Does your connection go through an RD Gateway/,
			}),
		).toBeVisible();
		await page
			.getByRole('link', { name: /^Question \d+: Does the RDP port of the host answer/ })
			.first()
			.click();
		await expect(page).toHaveURL(/#port-open$/);
		const guides = await page
			.locator('a[href*="/guides/"]')
			.evaluateAll((links) => [
				...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
			]);
		expect(guides.filter((p) => /^\/guides\/[a-z-]+\/$/.test(p)).length).toBe(
			CONTRACT_CAUSES.length,
		);
	});

	test('the home page points to the outline from its noscript block, and the first question is rendered', async ({
		page,
	}) => {
		await page.goto('./');
		await expect(
			page.getByRole('heading', {
				name: 'Does your connection go through an RD Gateway or a Connection Broker?',
			}),
		).toBeVisible();
		await page.getByRole('link', { name: 'all the questions as one outline' }).click();
		await expect(page).toHaveURL(/\/tree\/outline\/$/);
	});

	test('the sidebar links to the outline', async ({ page }) => {
		await page.goto('./start/before-you-start/');
		await expect(
			page.getByRole('link', { name: 'All questions on one page' }).first(),
		).toHaveAttribute('href', /\/tree\/outline\/$/);
	});
});

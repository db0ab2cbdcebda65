import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/sitemap';
import { watchConsole } from './support/console';
import { axeViolations } from './support/axe';

const paths = sitemapPaths();

test('the sitemap lists the pages', () => {
	expect(paths.length).toBeGreaterThan(3);
});

for (const path of paths) {
	test(`${path} loads with status 200 and a clean console @smoke`, async ({ page }) => {
		const problems = watchConsole(page);
		const response = await page.goto(path, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		expect(problems).toEqual([]);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`${path} has no axe violations in the ${theme} theme`, async ({ page }) => {
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
}

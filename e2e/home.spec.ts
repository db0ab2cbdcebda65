import { expect, test } from '@playwright/test';

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

import { expect, test } from '@playwright/test';
import { search } from './support/search';

test('search finds the before-you-start page by a word on it @smoke', async ({ page }) => {
	await page.goto('./');
	const results = await search(page, 'Get-WinEvent');
	await expect(results.filter({ hasText: 'Before you start' }).first()).toBeVisible();
});

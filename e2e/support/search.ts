import { expect, type Locator, type Page } from '@playwright/test';

/** Opens Starlight's search dialog, types the query and returns the result links once shown (within `timeout` ms). */
export async function search(page: Page, query: string, timeout?: number): Promise<Locator> {
	await page.getByRole('button', { name: 'Search' }).first().click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
	const results = dialog.locator('.pagefind-ui__result-link');
	await expect(results.first()).toBeVisible(timeout === undefined ? {} : { timeout });
	return results;
}

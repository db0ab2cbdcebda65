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

/**
 * Searches again in the open dialog: empties the box, waits until the last query's results are
 * gone (so none of them can pass for this query's), then types the query. Pagefind loads once
 * per page, so many queries in one visit cost a fraction of one visit each. Results show within
 * `timeout` ms.
 */
export async function searchAgain(page: Page, query: string, timeout?: number): Promise<Locator> {
	const dialog = page.getByRole('dialog');
	const box = dialog.getByRole('textbox', { name: 'Search' });
	const results = dialog.locator('.pagefind-ui__result-link');
	await box.fill('');
	await expect(results).toHaveCount(0);
	await box.fill(query);
	await expect(results.first()).toBeVisible(timeout === undefined ? {} : { timeout });
	return results;
}

/** The distinct pages (paths) of the results in the open search dialog, best first. */
export const resultPages = (page: Page): Promise<string[]> =>
	page
		.getByRole('dialog')
		.locator('.pagefind-ui__result-link')
		.evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).pathname))]);

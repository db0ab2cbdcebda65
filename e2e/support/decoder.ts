import { expect, type Page } from '@playwright/test';

/** Opens a page with the decoder and waits until the island is hydrated. */
export async function openDecoder(page: Page, path = 'codes/') {
	await page.goto(path);
	const form = page.getByRole('search', { name: 'RDP code decoder' });
	await form.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island:has(.code-decoder)')).not.toHaveAttribute('ssr', /.*/);
	return { form, input: form.getByRole('textbox', { name: 'Decode an RDP error code' }) };
}

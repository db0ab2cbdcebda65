import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** A paste fixture of tests/fixtures/paste/. */
export const fixture = (name: string): string =>
	readFileSync(`tests/fixtures/paste/${name}`, 'utf8');
/** The paste-to-diagnose island. */
export const section = (page: Page) =>
	page.getByRole('region', { name: 'Diagnose from pasted text' });
/** Its textarea. */
export const input = (page: Page) =>
	page.getByLabel('Error text, event log entries or command output');

/** Scrolls to the island (it hydrates when visible) and waits until Astro has hydrated it. */
export async function ready(page: Page): Promise<void> {
	await section(page).scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island:has(.pd)')).not.toHaveAttribute('ssr', /.*/);
}

/** Fills the textarea and presses Diagnose. */
export async function paste(page: Page, text: string): Promise<void> {
	await input(page).fill(text);
	await section(page).getByRole('button', { name: 'Diagnose' }).click();
}

/** Sets the textarea's value as a paste would, without typing (fill() is too slow past 1 MB). */
export async function pasteLarge(page: Page, text: string): Promise<void> {
	await input(page).evaluate((el, value) => {
		(el as HTMLTextAreaElement).value = value;
		el.dispatchEvent(new Event('input', { bubbles: true }));
	}, text);
}

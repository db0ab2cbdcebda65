import { expect, test } from '@playwright/test';
import { search } from './support/search';

test('search finds the before-you-start page by a word on it @smoke', async ({ page }) => {
	await page.goto('./');
	const results = await search(page, 'Get-WinEvent');
	await expect(results.filter({ hasText: 'Before you start' }).first()).toBeVisible();
});

test('search runs without a Web Worker, so no worker script is fetched', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.goto('./');
	const results = await search(page, '0x904');
	await expect(results.first()).toContainText('0x904');
	expect(fetched.filter((path) => path.endsWith('/pagefind/pagefind.js'))).toHaveLength(1);
	expect(fetched.filter((path) => path.includes('pagefind-worker'))).toEqual([]);
	expect(workers).toEqual([]);
});

// The all-questions outline repeats every question and cause, so it holds nearly every query's
// words; it carries a low search weight so the page a query is about comes first.
const firstResults: ReadonlyArray<readonly [query: string, firstPath: string]> = [
	['event 1058', '/guides/machinekeys/'],
	['1058', '/guides/machinekeys/'],
];

for (const [query, firstPath] of firstResults) {
	test(`searching "${query}" lists ${firstPath} first, not the outline`, async ({ page }) => {
		await page.goto('./');
		const results = await search(page, query);
		const href = await results.first().getAttribute('href');
		expect(new URL(href ?? '', page.url()).pathname).toBe(firstPath);
	});
}

test('a dialog sentence does not land first on the all-questions outline', async ({ page }) => {
	await page.goto('./');
	const results = await search(page, 'Your Remote Desktop Services session has ended');
	const href = await results.first().getAttribute('href');
	expect(new URL(href ?? '', page.url()).pathname).not.toBe('/tree/outline/');
});

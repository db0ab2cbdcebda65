import { expect, test } from '@playwright/test';
import { search, searchAgain } from './support/search';

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

// One visit for these queries: each starts from an empty box in the same dialog.
test('"event 1058" and "1058" list the machinekeys guide first, and a dialog sentence does not land first on the all-questions outline', async ({
	page,
}) => {
	test.setTimeout(60_000); // three queries
	await page.goto('./');
	await search(page, '0x904');
	for (const [query, firstPath] of firstResults) {
		const href = await (await searchAgain(page, query)).first().getAttribute('href');
		expect.soft(new URL(href ?? '', page.url()).pathname, query).toBe(firstPath);
	}
	const query = 'Your Remote Desktop Services session has ended';
	const href = await (await searchAgain(page, query)).first().getAttribute('href');
	expect(new URL(href ?? '', page.url()).pathname).not.toBe('/tree/outline/');
});

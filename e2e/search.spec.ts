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

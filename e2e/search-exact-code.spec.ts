import { expect, test } from '@playwright/test';
import { axeViolations, COLOUR_RULES, switchTheme } from './support/axe';
import { resultPages, search, searchAgain } from './support/search';

/** The exact code's line above the search results (src/lib/search/exact-code-line.ts). */
const line = (page: import('@playwright/test').Page) =>
	page.getByRole('dialog').locator('.search-exact-codes');

test('a search for 0x10 links its code page above the results, though 0x101 to 0x10b start with it', async ({
	page,
}) => {
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto('./guides/certificate/');
	await search(page, 'certificate');
	await expect(line(page)).toBeHidden();
	// Words never fetch the map of code spellings.
	expect(fetched.filter((path) => path.endsWith('/exact-codes.json'))).toEqual([]);

	await searchAgain(page, '0x10');
	await expect(line(page)).toBeVisible();
	const link = line(page).getByRole('link', { name: 'RDP server error info 0x10' });
	await expect(link).toHaveAttribute('href', '/codes/errorinfo/0x10/');
	// It is the first link of the results area, before Pagefind's own first result.
	const firstLink = page.getByRole('dialog').locator('.pagefind-ui__drawer a').first();
	await expect(firstLink).toHaveText('RDP server error info 0x10');
	expect(await axeViolations(page, '.search-exact-codes')).toEqual([]);

	await searchAgain(page, '0x904 0x7');
	await expect(line(page).getByRole('link')).toHaveText([
		'Error code 0x904 with extended error code 0x7',
	]);
	await searchAgain(page, 'certificate 0x904');
	await expect(line(page)).toBeHidden();
	expect(fetched.filter((path) => path.endsWith('/exact-codes.json'))).toHaveLength(1);

	// Pagefind reads "0x904;0x7" as one word in no table; the dialog hands it the two codes.
	for (const query of ['0x904;0x7', 'Fehlercode: 0x904 Erweiterter Fehlercode: 0x7']) {
		await searchAgain(page, query);
		await expect(line(page).getByRole('link')).toHaveText([
			'Error code 0x904 with extended error code 0x7',
		]);
		await expect
			.poll(async () => (await resultPages(page))[0], { message: query })
			.toBe('/errors/0x904-0x7/');
	}
	// A 0x number in no table is named as such; its results only match it by its start.
	await searchAgain(page, '0xdeadbeef');
	await expect(line(page)).toHaveText(
		'0xdeadbeef is in none of the code tables: what an unlisted code means.',
	);
	await expect(line(page).getByRole('link')).toHaveAttribute('href', '/codes/not-in-tables/');

	await searchAgain(page, 'ERRINFO_SERVER_DENIED_CONNECTION');
	await line(page).getByRole('link', { name: 'RDP server error info 0x7' }).click();
	await expect(page).toHaveURL(/\/codes\/errorinfo\/0x7\/$/);
});

test('the line keeps its colours in the dark theme, and stays hidden when its map cannot load', async ({
	page,
}) => {
	await page.route('**/codes/exact-codes.json', (route) => route.fulfill({ status: 503 }));
	await page.goto('./guides/certificate/');
	await switchTheme(page, 'dark');
	await search(page, '0x10');
	await expect(page.getByRole('dialog').locator('.pagefind-ui__message')).toBeVisible();
	await expect(line(page)).toBeHidden();
	await page.unroute('**/codes/exact-codes.json');
	// The failed fetch is forgotten: the next search tries again.
	await searchAgain(page, '0x7');
	await expect(line(page).getByRole('link')).toHaveCount(3);
	expect(await axeViolations(page, '.search-exact-codes', COLOUR_RULES)).toEqual([]);
});

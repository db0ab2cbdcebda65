/**
 * What a new user's trial of the search dialog found: a code of an error lands on the error's
 * page, an RD Gateway name from a FreeRDP log finds the gateway error, Chinese words from real
 * dialogs find their errors (Pagefind does not cut Chinese into words on an English page), and a
 * search that finds nothing says what to do next.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';
import { resultPages, search, searchAgain } from './support/search';

// Query, the page that must come first, and a page that must follow within `within` pages.
const findings: ReadonlyArray<
	readonly [query: string, first: RegExp, then?: readonly [path: string, within: number]]
> = [
	// The session-ended error lists reported and extended 0x4 ("Your session ended" (0x4)).
	['0x4', /\/errors\/session-ended\/$/, ['/codes/extended/0x4/', 3]],
	// FreeRDP logs the gateway's answer as "errorCode=E_PROXY_TS_CONNECTFAILED".
	['E_PROXY_TS_CONNECTFAILED', /\/(errors\/rd-gateway|codes\/reported\/0x300[0-9a-f]+)\/$/],
	// 远程桌面由于以下原因之一无法连接到远程计算机: the three-reasons dialog (SuperRDP issue 33).
	['远程桌面', /\/errors\/0x204\/$/],
	// 你的凭据不起作用: "Your credentials did not work" (rdpwrap issue 2000), cut and whole.
	['凭据', /\/errors\/credentials\/$/],
	['你的凭据不起作用', /\/errors\/credentials\/$/],
	// 出现身份验证错误: "An authentication error has occurred", the CredSSP dialog. (身份验证 alone,
	// "authentication", is in the NLA, gateway and certificate dialogs too.)
	['出现身份验证错误', /\/errors\/credssp-oracle\/$/],
	// Two errors list 0x807; the other one follows within five.
	['0x807', /\/errors\/0x907\/$/, ['/errors/credentials/', 5]],
];

test(`the trial's searches land on their pages: ${findings.map(([q]) => q).join(', ')}`, async ({
	page,
}) => {
	test.setTimeout(findings.length * 20_000);
	await page.goto('./');
	await search(page, '0x904');
	for (const [query, first, then] of findings) {
		await searchAgain(page, query, 15_000);
		await expect.soft
			.poll(async () => (await resultPages(page))[0], { message: query, timeout: 10_000 })
			.toMatch(first);
		if (then === undefined) continue;
		const [path, within] = then;
		// Later results' data may still be loading: wait for the list to settle, as for the first.
		await expect.soft
			.poll(async () => (await resultPages(page)).slice(0, within), {
				message: `${query}: ${path}`,
				timeout: 10_000,
			})
			.toContain(path);
	}
});

test('a search that finds nothing says what to do next, with links, and passes axe', async ({
	page,
}) => {
	// Not the home page: the paste link leads there.
	await page.goto('./errors/');
	await search(page, '0x904');
	const dialog = page.getByRole('dialog');
	const box = dialog.getByRole('textbox', { name: 'Search' });
	const next = dialog.getByText('Nothing found?');
	await expect(next).toBeHidden();
	await box.fill('pxe boot');
	await expect(dialog.getByText('No results for pxe boot')).toBeVisible();
	await expect(next).toBeVisible();
	const links = [
		['Paste the whole message', /\/#paste-an-error-or-event-log$/],
		['code decoder', /\/codes\/$/],
		['list of errors', /\/errors\/$/],
	] as const;
	for (const [name, href] of links) {
		const link = dialog.getByRole('link', { name, exact: true });
		await expect(link).toHaveAttribute('href', href);
		// Pagefind UI's reset unsets every style inside it: the site's CSS brings the underline back.
		await expect(link).toHaveCSS('text-decoration-line', 'underline');
	}
	expect(await axeViolations(page, 'dialog')).toEqual([]);
	// Results again: the line goes.
	await box.fill('0x204');
	await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
	await expect(next).toBeHidden();
	// The paste box link leads to the paste box on the home page.
	await box.fill('pxe boot');
	await dialog.getByRole('link', { name: 'Paste the whole message', exact: true }).click();
	await expect(page).toHaveURL(/\/#paste-an-error-or-event-log$/);
	await expect(page.locator('#paste-an-error-or-event-log')).toBeInViewport();
});

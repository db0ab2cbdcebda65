import { expect, test } from './support/shared-page';
import { resultPages, search, searchAgain } from './support/search';

// Every spelling a person may type, the page that must come FIRST in Starlight's search and, for
// a code that an error lists, the code's own page, which must follow within three pages.
// The rule (src/lib/errors/search-words.ts): a code as the dialog shows it (0x hex) lands on the
// page of the error that lists it, the page for a person who has that error; decimal, bare and
// zero-padded numbers come from logs and keep landing on the code's page, like the names.
const cases: ReadonlyArray<readonly [query: string, firstPath: string, codePath?: string]> = [
	['0x904', '/errors/0x904-0x7/', '/codes/disconnect/0x904/'],
	['904', '/codes/disconnect/0x904/'],
	['2308', '/codes/disconnect/0x904/'],
	['0x00000904', '/codes/disconnect/0x904/'],
	['disconnectReasonAtClientWinsockFDCLOSE', '/codes/disconnect/0x904/'],
	['0x7', '/errors/0x904-0x7/', '/codes/extended/0x7/'],
	['exDiscReasonServerDeniedConnection', '/codes/extended/0x7/'],
	['ERRINFO_SERVER_DENIED_CONNECTION', '/codes/errorinfo/0x7/'],
	['0x204', '/errors/0x204/', '/codes/disconnect/0x204/'],
	['516', '/codes/disconnect/0x204/'],
	['0x112f', '/errors/0x112f/', '/codes/errorinfo/0x112f/'],
	['0x112F', '/errors/0x112f/', '/codes/errorinfo/0x112f/'],
	['112f', '/codes/errorinfo/0x112f/'],
	['4399', '/codes/errorinfo/0x112f/'],
	['0x0000112f', '/codes/errorinfo/0x112f/'],
	['ERRINFO_GRAPHICS_SUBSYSTEM_FAILED', '/codes/errorinfo/0x112f/'],
	['1798', '/codes/disconnect/0x706/'],
	['0x706', '/codes/disconnect/0x706/'],
	// Two errors list 0x807: the one whose title names it ("Error code 0x907 or 0x807 …").
	['0x807', '/errors/0x907/', '/codes/disconnect/0x807/'],
	['SSL_ERR_LOGON_FAILURE', '/codes/disconnect/0x807/'],
	['0x1104', '/errors/0x1104/', '/codes/reported/0x1104/'],
	['0x2107', '/errors/credentials/', '/codes/disconnect/0x2107/'],
	['HYBRID_REQUIRED_BY_SERVER', '/codes/negotiation/0x5/'],
	['exDiscReasonLicenseNoLicenseServer', '/codes/extended/0x101/'],
	['0x3', '/errors/session-ended/', '/codes/disconnect/0x3/'],
	['260', '/codes/disconnect/0x104/'],
	// 0x104 is the disconnect code of error 0x104 before the licensing error's extended 0x104.
	['0x104', '/errors/0x104/', '/codes/disconnect/0x104/'],
	['0x907', '/errors/0x907/', '/codes/reported/0x907/'],
	['0x904 0x7', '/errors/0x904-0x7/', '/codes/0x904-0x7/'],
	['ERRCONNECT_CONNECT_TRANSPORT_FAILED', '/codes/freerdp/0x2000d/'],
	['0x0002000D', '/codes/freerdp/0x2000d/'],
	// A number in no table lands on the page that says so, never on a code it starts with
	// (0x300 here: Pagefind falls back to the longest indexed prefix of an unmatched word).
	['0x3000064', '/codes/not-in-tables/'],
	// A code no error lists stays first, also when it starts an error's code (0x2 starts 0x204,
	// 0x8 starts 0x807, 0xa starts 0xa07, 0x18 starts 0x1807), and 0x5 stands for extended 0x5,
	// not the NLA error's negotiation 0x5 (the dialog's tables come first).
	['0x2', '/codes/disconnect/0x2/'],
	['0x8', '/codes/extended/0x8/'],
	['0xa', '/codes/extended/0xa/'],
	['0x18', '/codes/errorinfo/0x18/'],
	['0x5', '/codes/extended/0x5/'],
	['certificate', '/guides/certificate/'],
	['licensing', '/guides/licensing/'],
];

// Eight queries a visit: Pagefind and its index load once, then each query starts from an empty
// box. The timeout is the 30 s each query had as a test of its own.
const CHUNK = 8;
for (let from = 0; from < cases.length; from += CHUNK) {
	const chunk = cases.slice(from, from + CHUNK);
	test(`each spelling lists its page first in the search dialog: ${chunk.map(([q]) => q).join(', ')}`, async ({
		page,
	}) => {
		test.setTimeout(chunk.length * 30_000);
		await page.goto('./');
		await search(page, '0x904');
		for (const [query, firstPath, codePath] of chunk) {
			await searchAgain(page, query);
			// Pagefind may still be re-ranking as index fragments arrive: wait for the list to settle.
			const pages = () => resultPages(page);
			await expect.soft
				.poll(async () => (await pages())[0], { message: query, timeout: 10_000 })
				.toBe(firstPath);
			if (codePath === undefined) continue;
			// The same settling: a result's data loads after the first ones are listed.
			await expect.soft
				.poll(async () => (await pages()).slice(0, 3), {
					message: `${query}: its code page`,
					timeout: 10_000,
				})
				.toContain(codePath);
		}
	});
}

test('the search dialog offers kind filters that narrow the results to code pages', async ({
	page,
}) => {
	await page.goto('./');
	const results = await search(page, '0x904');
	const dialog = page.getByRole('dialog');
	// Pagefind UI takes its filter list from the first search's counts, which cover only the filter
	// files loaded by then: under load the "kind" file can come after that search (1 of 5 full runs).
	// The next search counts it.
	const kind = dialog.getByText('Kind', { exact: true });
	if (
		!(await kind.waitFor({ timeout: 3_000 }).then(
			() => true,
			() => false,
		))
	)
		await searchAgain(page, '0x904');
	const codeOnly = dialog.getByRole('checkbox', { name: /^code \(\d+\)$/ });
	// Pagefind opens the filter group on wide screens and folds it on narrow ones.
	if (!(await codeOnly.isVisible())) await kind.click();
	await expect(dialog.getByRole('checkbox', { name: /^guide \(\d+\)$/ })).toBeVisible();
	await codeOnly.check();
	const hrefs = () =>
		results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	await expect
		.poll(async () => {
			const list = await hrefs();
			return list.length > 0 && list.every((h) => h.includes('/codes/'));
		})
		.toBe(true);
	expect(new URL((await hrefs())[0] ?? '', page.url()).pathname).toBe('/codes/disconnect/0x904/');
});

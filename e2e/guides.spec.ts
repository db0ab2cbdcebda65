import type { Page } from '@playwright/test';
import { expect, test } from './support/shared-page';
import { watchConsole } from './support/console';
import { axeViolations } from './support/axe';
import { search, searchAgain } from './support/search';
import { CONTRACT_CAUSES } from '../tests/support/cause-ids';
import { lastReviewedOf, reviewDateProblems } from '../tests/support/review-date';

const GUIDES = CONTRACT_CAUSES;
const SECTIONS = ['Symptoms', 'Confirm it', 'Fix', 'Verify', 'Undo', 'Risks'];

/** Level-2 headings of the article body, in page order (the sidebar and table of contents excluded). */
async function sectionHeadings(page: Page): Promise<string[]> {
	return page.locator('.sl-markdown-content h2').allInnerTexts();
}

/**
 * Code lines that do not fit their block: in a wrapped block nothing may stick out sideways, and
 * a block that scrolls would hide the end of a command behind a scrollbar touch screens do not show.
 */
async function overflowingCodeLines(page: Page): Promise<string[]> {
	return page.locator('.sl-markdown-content .expressive-code pre').evaluateAll((blocks) =>
		blocks.flatMap((pre) => {
			const title = pre.closest('figure')?.querySelector('figcaption')?.textContent.trim() ?? '';
			const wide = pre.scrollWidth > pre.clientWidth;
			const lines = [...pre.querySelectorAll<HTMLElement>('.ec-line')].filter(
				(line) => line.scrollWidth > line.clientWidth || wide,
			);
			return lines.map((line) => `${title}: ${line.innerText.slice(0, 60)}`);
		}),
	);
}

for (const id of GUIDES) {
	test(`the ${id} guide has the six sections, its sources, and commands that copy, name their shell and fit 375 and 1280 px`, async ({
		page,
		context,
	}) => {
		test.setTimeout(60_000); // three checks that were three visits, at two widths
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const problems = watchConsole(page);
		const response = await page.goto(`guides/${id}/`);
		expect(response?.status()).toBe(200);

		const headings = (await sectionHeadings(page)).map((h) => h.trim());
		expect(headings.filter((h) => SECTIONS.includes(h))).toEqual(SECTIONS);

		const copy = page.getByRole('button', { name: 'Copy to clipboard' }).first();
		await copy.scrollIntoViewIfNeeded();
		const firstLine =
			(await page.locator('.expressive-code pre').first().innerText()).split('\n')[0]?.trim() ?? '';
		expect(firstLine.length).toBeGreaterThan(0);
		await copy.click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toContain(firstLine);

		const sources = page.getByRole('region', { name: 'Sources' });
		await expect(sources.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
		expect(await sources.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
		await expect(sources.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
		const reviewed = lastReviewedOf(`src/content/docs/guides/${id}.mdx`);
		expect(reviewDateProblems(reviewed)).toEqual([]);
		await expect(sources.locator('time')).toHaveAttribute('datetime', reviewed);

		const blocks = page.locator('.sl-markdown-content .expressive-code figure');
		expect(await blocks.count()).toBeGreaterThan(0);
		const untitled = await blocks.evaluateAll(
			(figures) =>
				figures.filter((f) => (f.querySelector('figcaption')?.textContent ?? '').trim() === '')
					.length,
		);
		expect(untitled).toBe(0);
		// The same visit at both widths: wrapping is CSS, so a resize lays the blocks out anew.
		for (const width of [375, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			expect(await overflowingCodeLines(page), `at ${width} px`).toEqual([]);
		}
		expect(problems).toEqual([]);
	});
}

test('every guide is reachable from the sidebar', async ({ page }) => {
	await page.goto('guides/certificate/');
	const sidebar = page.getByRole('navigation', { name: 'Main' });
	for (const id of GUIDES) {
		await expect(sidebar.locator(`a[href$="/guides/${id}/"]`)).toHaveCount(1);
	}
	for (const path of [
		'start/before-you-start/',
		'start/error-0x904-0x7/',
		'reference/event-ids/',
	]) {
		await expect(sidebar.locator(`a[href$="/${path}"]`)).toHaveCount(1);
	}
});

test('the sidebar links to the guides index, which lists every guide by where its cause lives @smoke', async ({
	page,
}) => {
	await page.goto('guides/certificate/');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: `All ${GUIDES.length} fix guides` })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Fix guides' })).toBeVisible();
	const content = page.locator('.sl-markdown-content');
	await expect(content.getByRole('heading', { level: 2 })).toHaveText([
		'On the remote computer',
		'On the network between',
		'On the computer you connect from',
	]);
	for (const id of GUIDES)
		await expect(content.locator(`a[href$="/guides/${id}/"]`)).toHaveCount(1);
});

const SEARCHES: { query: string; guide: string }[] = [
	{ query: 'SSLCertificateSHA1Hash', guide: 'certificate' },
	{ query: 'MachineKeys', guide: 'machinekeys' },
	{ query: '36874', guide: 'tls-ciphers' },
	{ query: 'AllowEncryptionOracle', guide: 'nla-credssp' },
	{ query: '3389', guide: 'network-path' },
	{ query: 'MaxOutstandingConnections', guide: 'connection-limits' },
];

// One visit: Pagefind and its index load once, then each query starts from an empty box.
test('each search lists its guide among the first three results', async ({ page }) => {
	test.setTimeout(SEARCHES.length * 30_000); // the 30 s each query had as a test of its own
	await page.goto('./');
	await search(page, '0x904');
	const softly = expect.configure({ soft: true });
	const topThree = () =>
		page
			.getByRole('dialog')
			.locator('.pagefind-ui__result')
			.evaluateAll((results) =>
				results.slice(0, 3).map((r) => r.querySelector('a')?.getAttribute('href') ?? ''),
			);
	for (const { query, guide } of SEARCHES) {
		await searchAgain(page, query);
		// Pagefind loads its index fragments lazily; on a busy 2-core machine that takes seconds.
		await softly
			.poll(topThree, { message: query, timeout: 20_000 })
			.toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`/guides/${guide}/`))]));
	}
});

test.describe('on a phone-sized screen', () => {
	test.use({ viewport: { width: 375, height: 800 } });
	// axe over a long page is slow when other suites share the CPU.
	test.describe.configure({ timeout: 90_000 });

	// Wide tables scroll sideways there; each must be keyboard-reachable and the page must not scroll.
	for (const path of ['reference/event-ids/', 'start/error-0x904-0x7/', 'guides/listener/']) {
		test(`${path} passes axe and keeps wide tables inside the page`, async ({ page }) => {
			await page.goto(path);
			expect(await axeViolations(page)).toEqual([]);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
			const table = page.getByRole('table').first();
			await table.focus();
			await expect(table).toBeFocused();
		});
	}
});

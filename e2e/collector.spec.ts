import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/shared-page';
import { axeViolations } from './support/axe';
import { watchConsole } from './support/console';

/** The collector: its page, its download, and its output read by the real paste box. */

interface Fixture {
	file: string;
	cause: string | null;
	opens: string;
}
const { fixtures } = JSON.parse(readFileSync('tests/fixtures/collector/fixtures.json', 'utf8')) as {
	fixtures: Fixture[];
};
const causes = JSON.parse(readFileSync('src/content/graph/causes.json', 'utf8')) as {
	nodes: { id: string; title: string }[];
};
const titles = new Map<string, string>(causes.nodes.map((c) => [c.id, c.title]));
const section = (page: Page) => page.getByRole('region', { name: 'Diagnose from pasted text' });

test.describe('collector output in the paste box', () => {
	for (const f of fixtures) {
		test(`${f.file} leads to ${f.opens} with its settled answers marked`, async ({ page }) => {
			const problems = watchConsole(page);
			await page.goto('./');
			await section(page).scrollIntoViewIfNeeded();
			await expect(page.locator('astro-island:has(.pd)')).not.toHaveAttribute('ssr', /.*/);
			await page
				.getByLabel('Error text, event log entries or command output')
				.fill(readFileSync(`tests/fixtures/collector/${f.file}`, 'utf8'));
			await section(page).getByRole('button', { name: 'Diagnose' }).click();
			const heading = section(page).getByRole('heading', { level: 3 });
			await expect(heading).toHaveText(
				f.cause === null
					? 'Your collector output matches no known cause'
					: `Your collector output points at: ${titles.get(f.cause)}`,
			);
			await expect(section(page)).toContainText('What the output answers');
			const link = section(page).getByRole('link', { name: 'Continue in the tree' });
			const href = new URL((await link.getAttribute('href'))!, page.url());
			expect(href.searchParams.get('from')).toBe('collector');
			const settled = href.searchParams.get('paste')!.split('.').length;
			expect(settled).toBeGreaterThan(0);
			await link.click();
			const tree = page.getByRole('heading', {
				level: 2,
				name: f.cause ? titles.get(f.cause)! : /no known cause/i,
			});
			await expect(tree).toBeVisible();
			const trail = page.getByRole('navigation', { name: 'Your answers' });
			await expect(trail.getByText('(from your collector output)')).toHaveCount(settled);
			expect(problems).toEqual([]);
		});
	}

	test('output of a collector format this page no longer reads says how to update', async ({
		page,
	}) => {
		await page.goto('./');
		await section(page).scrollIntoViewIfNeeded();
		await expect(page.locator('astro-island:has(.pd)')).not.toHaveAttribute('ssr', /.*/);
		await page
			.getByLabel('Error text, event log entries or command output')
			.fill('# rdp-troubleshooter collector 0 (format 0)\n[run]\nmode=server\n# end\n');
		await section(page).getByRole('button', { name: 'Diagnose' }).click();
		await expect(section(page)).toContainText('which this page no longer reads');
		await expect(section(page).getByRole('link', { name: 'the collector page' })).toHaveAttribute(
			'href',
			/\/collect\/$/,
		);
	});
});

test.describe('the collector page', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('is linked from the paste section and the sidebar', async ({ page }) => {
		await page.goto('./');
		await expect(page.getByRole('link', { name: 'read-only collector' })).toHaveAttribute(
			'href',
			/\/collect\/$/,
		);
		// The home page is a splash page without a sidebar; every docs page has one.
		await page.goto('start/before-you-start/');
		await expect(
			page.getByRole('link', { name: 'Collect everything at once' }).first(),
		).toHaveAttribute('href', /\/collect\/$/);
	});

	test('download, shown script and SHA-256 are the same bytes, and copy copies them', async ({
		page,
	}) => {
		const problems = watchConsole(page);
		await page.goto('collect/');
		const download = page.getByRole('link', { name: 'Download rdp-collect.ps1' });
		const response = await page.request.get(
			new URL((await download.getAttribute('href'))!, page.url()).href,
		);
		expect(response.ok()).toBe(true);
		const bytes = await response.body();
		const script = page.locator('.expressive-code').last();
		// Expressive Code shows tabs as spaces; the code it shows and copies is kept in data-code.
		const shown = (await script.locator('[data-code]').getAttribute('data-code'))!;
		expect(shown.replace(/\u007f/g, '\n').trimEnd()).toBe(bytes.toString('utf8').trimEnd());
		const hash = createHash('sha256').update(bytes).digest('hex').toUpperCase();
		await expect(page.locator('.collect-sha256')).toHaveText(hash);
		await script.getByRole('button', { name: /copy/i }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied.trimEnd()).toBe(bytes.toString('utf8').trimEnd());
		expect(problems).toEqual([]);
	});

	test('has no WCAG 2.2 AA violations', async ({ page }) => {
		test.setTimeout(120_000); // axe over a 260-line highlighted script is slow on a busy machine
		await page.goto('collect/');
		expect(await axeViolations(page)).toEqual([]);
	});
});

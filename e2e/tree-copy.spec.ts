import type { Page } from '@playwright/test';
import { expect, test } from './support/shared-page';
import { clickAnswer, clickInPage, openTree, treeRegion } from './support/tree';

/** The tree's copy buttons: the Markdown summary and each command. */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The clipboard after the summary button says it copied. */
async function copiedSummary(page: Page): Promise<string> {
	await expect(treeRegion(page).getByRole('button', { name: 'Summary copied' })).toBeVisible();
	return page.evaluate(() => navigator.clipboard.readText());
}

test('Copy summary puts the answers and the cause on the clipboard as Markdown', async ({
	page,
}) => {
	await openTree(page, '?tree=gateway_y.broker-events_y');
	await clickAnswer(page, 'Copy summary');
	const text = await copiedSummary(page);
	expect(text).toContain(
		'1. Does your connection go through an RD Gateway or a Connection Broker? **Yes**',
	);
	expect(text).toContain('**Likely cause:** RD Gateway or Connection Broker');
	expect(text).toMatch(/\*\*Guide:\*\* http:\/\/127\.0\.0\.1:\d+\/.*guides\/gateway-broker\//);
});

test('Copy summary right after the last answer links to that answer, not the one before', async ({
	page,
}) => {
	await openTree(page, '?tree=gateway_y');
	await clickInPage(page, ['Yes', 'Copy summary']);
	const text = await copiedSummary(page);
	expect(text).toMatch(/\?tree=gateway_y\.broker-events_y\b/);
});

test('a command copy button copies that command', async ({ page }) => {
	await openTree(page, '?tree=gateway_n');
	await treeRegion(page).getByRole('button', { name: 'Copy PowerShell command 1' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		'Test-NetConnection -ComputerName <host> -Port 3389 -InformationLevel Detailed',
	);
});

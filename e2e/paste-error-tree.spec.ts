import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolationsInThemes } from './support/axe';
import { watchConsole } from './support/console';
import { fixture, input, paste, ready, section } from './support/paste';
import { treeHeading, treeRegion } from './support/tree';

// "Continue in the tree" goes on in the tree of the error the paste shows, in place on the home
// page: the paste and its results stay, Back and reload work, and a line leads back to 0x904 / 0x7.
const corpus = (id: string): string => readFileSync(`tests/fixtures/corpus/${id}.txt`, 'utf8');
const switchLine = (page: Page) => treeRegion(page).locator('.dt-error-tree');
const E204 = "Error 0x204: Remote Desktop can't reach the remote computer";
const GATEWAY = /^Questions for RD Gateway errors: not in the permission list/;

async function continueInTree(page: Page): Promise<void> {
	await section(page).getByRole('link', { name: 'Continue in the tree' }).click();
}

test.describe("Continue in the tree opens the named error's own tree", () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('./');
		await ready(page);
	});

	test('the 0x204 dialog: the 0x204 questions, Back returns to the 0x904 answers given', async ({
		page,
	}) => {
		const problems = watchConsole(page);
		await treeRegion(page).getByRole('button', { name: 'No', exact: true }).click();
		await expect(page).toHaveURL(/\?tree=gateway_n$/);
		await paste(page, corpus('rdpwrapini-305-dialog-0x204'));
		await expect(section(page).locator('.pd-plan-error')).toContainText(E204);
		await continueInTree(page);
		await expect(page).toHaveURL(/[?&]error=0x204(&|$)/);
		await expect(switchLine(page)).toContainText(`Questions for ${E204}.`);
		await expect(treeHeading(page)).toBeFocused();
		await expect(input(page)).not.toHaveValue('');
		expect(await axeViolationsInThemes(page, '.dt')).toEqual([]);
		await page.goBack();
		await expect(page).toHaveURL(/\?tree=gateway_n$/);
		await expect(switchLine(page)).toHaveCount(0);
		await expect(treeRegion(page).getByRole('navigation', { name: 'Your answers' })).toContainText(
			'No',
		);
		await page.goForward();
		await expect(switchLine(page)).toContainText(E204);
		// The way back keeps the answer given in the 0x904 / 0x7 tree, and the paste.
		await switchLine(page)
			.getByRole('link', { name: /^Back to the questions for Error code 0x904/ })
			.click();
		await expect(page).toHaveURL(/\?tree=gateway_n$/);
		await expect(switchLine(page)).toHaveCount(0);
		await expect(input(page)).not.toHaveValue('');
		expect(problems).toEqual([]);
	});

	test('the RD Gateway permission dialog: its own tree, kept on reload', async ({ page }) => {
		await paste(page, corpus('awsqs-12-gateway-permission'));
		await continueInTree(page);
		await expect(page).toHaveURL(/[?&]error=rd-gateway(&|$)/);
		await expect(switchLine(page)).toHaveText(GATEWAY);
		const heading = await treeHeading(page).textContent();
		await page.reload();
		await expect(switchLine(page)).toHaveText(GATEWAY);
		await expect(treeHeading(page)).toHaveText(heading ?? '');
	});

	test("the 0x904 / 0x7 dialog stays in its own tree, and takes the tree back from another error's", async ({
		page,
	}) => {
		await page.goto('./?error=0x204');
		await ready(page);
		await expect(switchLine(page)).toContainText(E204);
		await paste(page, fixture('dialog-0x904.txt'));
		await expect(section(page).locator('.pd-plan-error')).toHaveCount(0);
		await continueInTree(page);
		await expect(treeHeading(page)).toHaveText(
			'Does your connection go through an RD Gateway or a Connection Broker?',
		);
		await expect(treeHeading(page)).toBeFocused();
		expect(page.url()).not.toContain('error=');
		await expect(switchLine(page)).toHaveCount(0);
	});
});

test('a damaged error in the URL resets the tree with a notice', async ({ page }) => {
	await page.goto('./?error=0x999&tree=e204-host-awake_y');
	await treeRegion(page).scrollIntoViewIfNeeded();
	await expect(treeRegion(page).locator('.dt-notice')).toContainText('Link reset.');
	await expect(page).toHaveURL(/\/$/);
	await expect(switchLine(page)).toHaveCount(0);
});

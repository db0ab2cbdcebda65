import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './support/console';
import { clickAnswer, clickInPage, openTree, treeHeading, treeRegion } from './support/tree';

/** The tree's state in the URL: history entries, shared links, reloads and hostile values. */

/** Presses the browser's Back button and expects the tree to show `heading`. */
async function goBackTo(page: Page, heading: string): Promise<void> {
	await page.goBack();
	await expect(treeHeading(page)).toHaveText(heading);
}

test("the browser's Back and Forward step through the answers", async ({ page }) => {
	await openTree(page);
	await clickAnswer(page, 'No');
	await clickAnswer(page, 'Yes');
	await expect(treeHeading(page)).toHaveText(
		'Can another computer connect to this host right now?',
	);
	// The URL follows once the new question is on screen (a frame later).
	await expect(page).toHaveURL(/\?tree=gateway_n\.port-open_y$/);
	await goBackTo(page, "Does the RDP port of the host answer from the client's network?");
	await goBackTo(page, 'Does your connection go through an RD Gateway or a Connection Broker?');
	await page.goForward();
	await page.goForward();
	await expect(treeHeading(page)).toHaveText(
		'Can another computer connect to this host right now?',
	);
});

test('the URL is written once the new question is on screen, not in the click', async ({
	page,
}) => {
	await openTree(page);
	// What is measured is an answer to a loaded tree: before the tree's data is here, a click is
	// kept and applied on arrival (home.spec.ts), so the question would not change in this frame.
	await page.waitForFunction(() =>
		performance.getEntriesByType('resource').some((e) => e.name.includes('/tree/data.json')),
	);
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
	);
	const seen = await page.evaluate(async () => {
		const no = [...document.querySelectorAll<HTMLButtonElement>('.dt-answers button')].find(
			(b) => b.textContent.trim() === 'No',
		);
		no?.click();
		await Promise.resolve();
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		const rendered = {
			heading: document.querySelector('.dt h2.dt-heading')?.textContent,
			search: window.location.search,
		};
		await frame();
		await frame();
		await new Promise((resolve) => setTimeout(resolve, 20));
		return { rendered, later: window.location.search };
	});
	expect(seen.rendered).toEqual({
		heading: "Does the RDP port of the host answer from the client's network?",
		search: '',
	});
	expect(seen.later).toBe('?tree=gateway_n');
});

test('answers given faster than frames still get one history entry each', async ({ page }) => {
	await openTree(page);
	const before = await page.evaluate(() => window.history.length);
	// The first answer waits for the tree's data (a click before it is kept until it arrives), so
	// that the next two, given within one frame, each find their question on screen.
	await clickAnswer(page, 'No');
	await expect(treeHeading(page)).toHaveText(
		"Does the RDP port of the host answer from the client's network?",
	);
	await clickInPage(page, ['Yes', 'No']);
	await expect(treeHeading(page)).toHaveText(
		'On the host itself, does a Remote Desktop connection to localhost work?',
	);
	await expect(page).toHaveURL(/\?tree=gateway_n\.port-open_y\.other-client_n$/);
	expect(await page.evaluate(() => window.history.length)).toBe(before + 3);
	await goBackTo(page, 'Can another computer connect to this host right now?');
	await goBackTo(page, "Does the RDP port of the host answer from the client's network?");
});

test('an in-page anchor (the skip link) does not move focus or change the question', async ({
	page,
}) => {
	await openTree(page);
	await clickAnswer(page, 'No');
	const back = treeRegion(page).getByRole('button', {
		name: 'Back',
		exact: true,
	});
	await back.focus();
	await page.evaluate(() => (window.location.hash = '_top'));
	await expect(treeHeading(page)).toHaveText(
		"Does the RDP port of the host answer from the client's network?",
	);
	// The browser may move focus to the anchor's target; the tree must not pull it to its heading.
	await page.waitForTimeout(300);
	await expect(treeHeading(page)).not.toBeFocused();
	await expect(treeRegion(page).locator('.dt-trail li')).toHaveCount(1);
});

test('a shared URL, and a reload of it, land on the same question with the same trail', async ({
	page,
}) => {
	await openTree(page, '?tree=gateway_n.port-open_y.other-client_n');
	await expect(treeHeading(page)).toHaveText(
		'On the host itself, does a Remote Desktop connection to localhost work?',
	);
	await page.reload();
	await expect(treeHeading(page)).toHaveText(
		'On the host itself, does a Remote Desktop connection to localhost work?',
	);
	await expect(treeRegion(page).locator('.dt-trail li')).toHaveCount(3);
});

const HOSTILE = [
	'?tree=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'?tree=javascript:alert(document.domain)',
	'?tree=gateway_n.%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
	'?tree=no-such-node_y',
	'?tree=gateway_n.port-open_z',
	'?tree=' + 'gateway_n.'.repeat(300),
];

for (const query of HOSTILE) {
	test(`a hostile or unknown URL resets with a notice: ${query.slice(0, 50)}`, async ({ page }) => {
		const problems = watchConsole(page);
		page.on('dialog', (dialog) => {
			problems.push(`dialog: ${dialog.message()}`);
			void dialog.dismiss();
		});
		await openTree(page, query);
		await expect(treeRegion(page).locator('.dt-notice')).toContainText('could not be read');
		await expect(treeRegion(page).locator('[aria-live="polite"]')).toContainText(
			'could not be read',
		);
		await expect(treeHeading(page)).toHaveText(
			'Does your connection go through an RD Gateway or a Connection Broker?',
		);
		await expect(page).not.toHaveURL(/tree=/);
		await expect(page.locator('img[src="x"], script:text("alert")')).toHaveCount(0);
		expect(await treeRegion(page).innerHTML()).not.toMatch(/alert\(|onerror|javascript:/);
		expect(problems).toEqual([]);
	});
}

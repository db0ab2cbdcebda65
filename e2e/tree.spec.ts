import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { watchConsole } from './support/console';
import { clickAnswer, keyAnswer, openTree, treeHeading, treeRegion } from './support/tree';

/** Three walks that end at three different causes. */
const WALKS = [
	{
		cause: 'listener',
		title: 'RDP listener or Remote Desktop Services not running',
		answers: ['No', 'No', 'No', 'No'],
	},
	{ cause: 'gateway-broker', title: 'RD Gateway or Connection Broker', answers: ['Yes', 'Yes'] },
	{
		cause: 'machinekeys',
		title: 'MachineKeys folder or RDP private-key permissions',
		answers: ['No', 'Yes', 'No', 'No', 'Yes', 'No'],
	},
];

async function expectOutcome(page: Page, title: string, cause: string): Promise<void> {
	await expect(treeHeading(page)).toHaveText(title);
	await expect(
		treeRegion(page).getByRole('link', { name: `Open the guide: ${title}` }),
	).toHaveAttribute('href', new RegExp(`/guides/${cause}/$`));
}

test.describe('decision tree walks', () => {
	for (const walk of WALKS) {
		test(`a mouse walk reaches the ${walk.cause} cause, axe clean at every step`, async ({ page }) => {
			const problems = watchConsole(page);
			await openTree(page);
			expect(await axeViolations(page, '.dt'), 'first question').toEqual([]);
			for (const [i, answer] of walk.answers.entries()) {
				await clickAnswer(page, answer);
				await expect(treeRegion(page).locator('.dt-trail li')).toHaveCount(i + 1);
				expect(await axeViolations(page, '.dt'), `after answer ${i + 1}`).toEqual([]);
			}
			await expectOutcome(page, walk.title, walk.cause);
			await expect(treeRegion(page).locator('.dt-trail li')).toHaveCount(walk.answers.length);
			expect(problems).toEqual([]);
		});

		test(`a keyboard-only walk reaches the ${walk.cause} cause, focus on each new heading`, async ({
			page,
		}) => {
			const problems = watchConsole(page);
			await openTree(page);
			for (const answer of walk.answers) {
				const before = await treeHeading(page).textContent();
				await keyAnswer(page, answer);
				await expect(treeHeading(page)).not.toHaveText(before ?? '');
				await expect(treeHeading(page)).toBeFocused();
				expect(await axeViolations(page, '.dt'), `after ${answer}`).toEqual([]);
			}
			await expectOutcome(page, walk.title, walk.cause);
			await expect(treeRegion(page).locator('[aria-live="polite"]')).toContainText(
				`Likely cause: ${walk.title}`,
			);
			expect(problems).toEqual([]);
		});
	}
});

test('every other control works from the keyboard too, and the live region says what changed', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const problems = watchConsole(page);
	const live = treeRegion(page).locator('[aria-live="polite"]');
	const first = 'Does your connection go through an RD Gateway or a Connection Broker?';
	const step = async (control: string, heading: string | RegExp, says: string | RegExp) => {
		await keyAnswer(page, control);
		await expect(treeHeading(page)).toHaveText(heading);
		await expect(live).toHaveText(says);
		expect(await axeViolations(page, '.dt'), `after ${control}`).toEqual([]);
	};
	await openTree(page);
	await step(
		'No',
		"Does the RDP port of the host answer from the client's network?",
		/^Question 2 · .+: Does the RDP port of the host answer from the client's network\?$/,
	);
	await step('Copy', /RDP port/, 'Command copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Test-NetConnection /);
	await step('Back', first, new RegExp(`^Question 1 · .+: ${first.replace('?', '\\?')}$`));
	for (const answer of ['No', 'No', 'No', 'No']) await keyAnswer(page, answer);
	await expect(live).toHaveText('Likely cause: RDP listener or Remote Desktop Services not running');
	await step('Copy summary', /RDP listener/, 'Summary copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('**Likely cause:**');
	await step('This did not fix it', 'Is the host an Azure virtual machine?', /Azure virtual machine\?$/);
	// The first "change" link in Tab order is the first answer's: back to question 1, no trail.
	await step('change', first, /^Question 1 · /);
	await expect(treeRegion(page).locator('.dt-trail li')).toHaveCount(0);
	await keyAnswer(page, 'Yes');
	await step('Restart', first, /^Question 1 · /);
	expect(problems).toEqual([]);
});

test('changing an earlier answer rewinds to that question and drops the later answers', async ({
	page,
}) => {
	await openTree(page);
	for (const answer of ['No', 'No', 'No']) await clickAnswer(page, answer);
	await expect(treeHeading(page)).toHaveText(
		'On the host, is the RDP listener up and holding the port?',
	);
	await treeRegion(page)
		.getByRole('link', { name: /Change your answer to: Does the RDP port of the host answer/ })
		.click();
	await expect(treeHeading(page)).toHaveText(
		"Does the RDP port of the host answer from the client's network?",
	);
	await expect(treeRegion(page).locator('.dt-trail li')).toHaveCount(1);
	await clickAnswer(page, 'Yes');
	await expect(treeHeading(page)).toHaveText(
		'Can another computer connect to this host right now?',
	);
	await expect(page).toHaveURL(/\?tree=gateway_n\.port-open_y$/);
});

test('Back, Restart, "this did not fix it" and the progress hint', async ({ page }) => {
	await openTree(page);
	await expect(treeRegion(page).locator('.dt-progress')).toHaveText(
		/^Question 1 · at most \d+ more$/,
	);
	await clickAnswer(page, 'No');
	await expect(treeRegion(page).locator('.dt-progress')).toHaveText(/^Question 2/);
	await clickAnswer(page, 'Back');
	await expect(treeHeading(page)).toHaveText(
		'Does your connection go through an RD Gateway or a Connection Broker?',
	);
	for (const answer of ['No', 'No', 'No', 'No']) await clickAnswer(page, answer);
	await clickAnswer(page, 'This did not fix it');
	await expect(treeHeading(page)).toHaveText('Is the host an Azure virtual machine?');
	await expect(treeRegion(page).locator('.dt-trail li').last()).toContainText('Did not fix it');
	await clickAnswer(page, 'Restart');
	await expect(treeHeading(page)).toHaveText(
		'Does your connection go through an RD Gateway or a Connection Broker?',
	);
	await expect(page).toHaveURL(/\/$/);
});

test("the browser's Back and Forward step through the answers", async ({ page }) => {
	await openTree(page);
	await clickAnswer(page, 'No');
	await clickAnswer(page, 'Yes');
	await expect(treeHeading(page)).toHaveText(
		'Can another computer connect to this host right now?',
	);
	// The URL follows once the new question is on screen (a frame later).
	await expect(page).toHaveURL(/\?tree=gateway_n\.port-open_y$/);
	await page.goBack();
	await expect(treeHeading(page)).toHaveText(
		"Does the RDP port of the host answer from the client's network?",
	);
	await page.goBack();
	await expect(treeHeading(page)).toHaveText(
		'Does your connection go through an RD Gateway or a Connection Broker?',
	);
	await page.goForward();
	await page.goForward();
	await expect(treeHeading(page)).toHaveText(
		'Can another computer connect to this host right now?',
	);
});

/** Clicks the tree's buttons named `names` from inside the page, each in its own task. */
async function clickInPage(page: Page, names: string[]): Promise<void> {
	await page.evaluate(async (names) => {
		for (const name of names) {
			const button = [...document.querySelectorAll<HTMLButtonElement>('.dt button')].find(
				(b) => b.textContent?.trim() === name,
			);
			if (!button) throw new Error(`no tree button named ${name}`);
			button.click();
			// Lets Preact render the answer before the next click, but leaves no time for a frame.
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
	}, names);
}

test('the URL is written once the new question is on screen, not in the click', async ({ page }) => {
	await openTree(page);
	const seen = await page.evaluate(async () => {
		const no = [...document.querySelectorAll<HTMLButtonElement>('.dt-answers button')].find(
			(b) => b.textContent?.trim() === 'No',
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
	await clickInPage(page, ['No', 'Yes', 'No']);
	await expect(treeHeading(page)).toHaveText(
		'On the host itself, does a Remote Desktop connection to localhost work?',
	);
	await expect(page).toHaveURL(/\?tree=gateway_n\.port-open_y\.other-client_n$/);
	expect(await page.evaluate(() => window.history.length)).toBe(before + 3);
	await page.goBack();
	await expect(treeHeading(page)).toHaveText(
		'Can another computer connect to this host right now?',
	);
	await page.goBack();
	await expect(treeHeading(page)).toHaveText(
		"Does the RDP port of the host answer from the client's network?",
	);
});

test('an in-page anchor (the skip link) does not move focus or change the question', async ({
	page,
}) => {
	await openTree(page);
	await clickAnswer(page, 'No');
	const back = treeRegion(page).getByRole('button', { name: 'Back', exact: true });
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

test('Copy summary puts the answers and the cause on the clipboard as Markdown', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openTree(page, '?tree=gateway_y.broker-events_y');
	await clickAnswer(page, 'Copy summary');
	await expect(treeRegion(page).getByRole('button', { name: 'Summary copied' })).toBeVisible();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text).toContain(
		'1. Does your connection go through an RD Gateway or a Connection Broker? **Yes**',
	);
	expect(text).toContain('**Likely cause:** RD Gateway or Connection Broker');
	expect(text).toMatch(/\*\*Guide:\*\* http:\/\/127\.0\.0\.1:\d+\/.*guides\/gateway-broker\//);
});

test('Copy summary right after the last answer links to that answer, not the one before', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openTree(page, '?tree=gateway_y');
	await clickInPage(page, ['Yes', 'Copy summary']);
	await expect(treeRegion(page).getByRole('button', { name: 'Summary copied' })).toBeVisible();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text).toMatch(/\?tree=gateway_y\.broker-events_y\b/);
});

test('a command copy button copies that command', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openTree(page, '?tree=gateway_n');
	await treeRegion(page).getByRole('button', { name: 'Copy PowerShell command 1' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		'Test-NetConnection -ComputerName <host> -Port 3389 -InformationLevel Detailed',
	);
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

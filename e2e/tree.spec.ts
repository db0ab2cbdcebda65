import type { Page } from '@playwright/test';
import { expect, test } from './support/shared-page';
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
	{
		cause: 'gateway-broker',
		title: 'RD Gateway or Connection Broker',
		answers: ['Yes', 'Yes'],
	},
	{
		cause: 'machinekeys',
		title: 'MachineKeys folder or RDP private-key permissions',
		// gateway, port-open, other-client, localhost, recent-update, cert-events, machinekeys-acl
		answers: ['No', 'Yes', 'No', 'No', 'No', 'Yes', 'No'],
	},
];

async function expectOutcome(page: Page, title: string, cause: string): Promise<void> {
	await expect(treeHeading(page)).toHaveText(title);
	await expect(
		treeRegion(page).getByRole('link', { name: `Open the guide: ${title}` }),
	).toHaveAttribute('href', new RegExp(`/guides/${cause}/$`));
}

// axe at every step of the longest walk (seven questions of the home tree) and on each walk's
// outcome: the other walks' questions render through the same template with other text.
const LONGEST = WALKS.reduce((a, b) => (b.answers.length > a.answers.length ? b : a));

test.describe('decision tree walks', () => {
	for (const walk of WALKS) {
		const everyStep = walk === LONGEST;
		test(`a mouse walk reaches the ${walk.cause} cause, axe clean ${everyStep ? 'at every step' : 'at its outcome'}`, async ({
			page,
		}) => {
			const problems = watchConsole(page);
			await openTree(page);
			if (everyStep) expect(await axeViolations(page, '.dt'), 'first question').toEqual([]);
			for (const [i, answer] of walk.answers.entries()) {
				await clickAnswer(page, answer);
				await expect(treeRegion(page).locator('.dt-trail li')).toHaveCount(i + 1);
				if (everyStep)
					expect(await axeViolations(page, '.dt'), `after answer ${i + 1}`).toEqual([]);
			}
			await expectOutcome(page, walk.title, walk.cause);
			await expect(treeRegion(page).locator('.dt-trail li')).toHaveCount(walk.answers.length);
			if (!everyStep) expect(await axeViolations(page, '.dt'), 'outcome').toEqual([]);
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
				// axe runs on these same states in the mouse walk above.
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
	await expect(live).toHaveText(
		'Likely cause: RDP listener or Remote Desktop Services not running',
	);
	await step('Copy summary', /RDP listener/, 'Summary copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('**Likely cause:**');
	await step(
		'This did not fix it',
		'Is the host an Azure virtual machine?',
		/Azure virtual machine\?$/,
	);
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
		.getByRole('link', {
			name: /Change your answer to: Does the RDP port of the host answer/,
		})
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

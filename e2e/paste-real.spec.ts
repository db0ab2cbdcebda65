import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/shared-page';
import { watchConsole } from './support/console';

// The small real examples of issue 12 (tests/fixtures/corpus/issue-*.txt) in the real paste box.
const corpus = (id: string): string => readFileSync(`tests/fixtures/corpus/${id}.txt`, 'utf8');
const section = (page: Page) => page.getByRole('region', { name: 'Diagnose from pasted text' });
const heading = (page: Page) => section(page).getByRole('heading', { level: 3 });
const candidates = (page: Page) => section(page).locator('.pd-candidate-title a');

const TITLES = {
	certificate: 'RDP certificate expired, missing or mis-bound',
	machinekeys: 'MachineKeys folder or RDP private-key permissions',
	listener: 'RDP listener or Remote Desktop Services not running',
	network: 'Network path: firewall, DNS, port or security software',
	security: 'Security layer, encryption level or FIPS setting',
	nla: 'NLA, CredSSP or domain authentication',
	asleep: 'Host asleep, hibernating, restarted or turned off',
};

async function paste(page: Page, text: string): Promise<void> {
	await page.getByLabel('Error text, event log entries or command output').fill(text);
	await section(page).getByRole('button', { name: 'Diagnose' }).click();
}

test.describe('real pastes from issue 12', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('./');
		await section(page).scrollIntoViewIfNeeded();
		await expect(page.locator('astro-island:has(.pd)')).not.toHaveAttribute('ssr', /.*/);
	});

	test('Error code 0x204 / extended 0x0: network path and listener, with the 0x204 page', async ({
		page,
	}) => {
		const problems = watchConsole(page);
		await paste(page, corpus('issue-0x204-pair'));
		await expect(candidates(page).first()).toHaveText(TITLES.network);
		await expect(candidates(page).nth(1)).toHaveText(TITLES.listener);
		await expect(heading(page)).toHaveText('Several causes fit');
		await expect(section(page).getByRole('link', { name: /0x204$/ })).toHaveAttribute(
			'href',
			/\/codes\/disconnect\/0x204\/$/,
		);
		expect(problems).toEqual([]);
	});

	test('negotiation failure, failureCode = 2: the security layer', async ({ page }) => {
		await paste(page, corpus('issue-failurecode-2'));
		await expect(candidates(page).first()).toHaveText(TITLES.security);
		await expect(section(page).getByRole('link', { name: /0x2$/ })).toHaveAttribute(
			'href',
			/\/codes\/negotiation\/0x2\/$/,
		);
	});

	test('Event ID 1058 and its text without a Source line: certificate and MachineKeys', async ({
		page,
	}) => {
		await paste(page, corpus('issue-1058-no-source'));
		await expect(candidates(page)).toHaveText([TITLES.certificate, TITLES.machinekeys]);
		await expect(section(page)).toContainText('Read 2 lines, 1 event');
	});

	// Its three reasons: remote access off, the computer turned off, not reachable on the network.
	test('the three-reasons dialog: listener, network path and a host asleep, none claimed', async ({
		page,
	}) => {
		await paste(page, corpus('issue-reasons-dialog'));
		await expect(candidates(page)).toHaveText([TITLES.listener, TITLES.network, TITLES.asleep]);
		await expect(heading(page)).toHaveText('Several causes fit');
	});

	test('FreeRDP ERRCONNECT_CONNECT_TRANSPORT_FAILED: the network path', async ({ page }) => {
		await paste(page, corpus('issue-freerdp-transport'));
		await expect(candidates(page).first()).toHaveText(TITLES.network);
		await expect(section(page)).toContainText('Printed by FreeRDP.');
	});

	test('Fehlercode 0x904 / Erweiterter Fehlercode 0x7: the error this site is for', async ({
		page,
	}) => {
		await paste(page, corpus('issue-de-0x904-0x7'));
		await expect(heading(page)).toHaveText('This is error 0x904 with extended 0x7');
		await expect(section(page)).toContainText('the questions below find the cause', {
			ignoreCase: true,
		});
		await expect(section(page).getByRole('link', { name: /0x904$/ })).toHaveAttribute(
			'href',
			/\/codes\/disconnect\/0x904\/$/,
		);
		await expect(section(page).getByRole('link', { name: 'Continue in the tree' })).toBeVisible();
	});

	// Localized copies from public reports (tests/fixtures/corpus/index.json names each source).
	test('localized: Chinese 0x904 / 0x7, German 516, Russian CredSSP', async ({ page }) => {
		await paste(page, corpus('teleport-280-zh-0x904'));
		await expect(heading(page)).toHaveText('This is error 0x904 with extended 0x7');
		await paste(page, corpus('oneremote-996-516-de'));
		await expect(candidates(page).first()).toHaveText(TITLES.network);
		await expect(candidates(page).nth(1)).toHaveText(TITLES.listener);
		await paste(page, corpus('windoro-ru-credssp'));
		await expect(candidates(page).first()).toHaveText(TITLES.nla);
	});

	// A wrong password: FreeRDP says so, and nothing in the log speaks of CredSSP.
	test('FreeRDP ERRCONNECT_LOGON_FAILURE: the credentials error, and no CredSSP answer assumed', async ({
		page,
	}) => {
		const problems = watchConsole(page);
		await paste(page, corpus('freerdp-7975-logon-failure'));
		await expect(section(page).locator('.pd-error a')).toHaveAttribute(
			'href',
			/\/errors\/credentials\/$/,
		);
		// The tree goes on in the credentials error's own questions, which start at the message; the
		// paste answers no question about CredSSP.
		const plan = section(page).locator('.pd-plan');
		await expect(plan.locator('.pd-plan-error')).toContainText('Your credentials did not work');
		await expect(plan).toContainText('the tree starts at the beginning');
		await expect(plan).not.toContainText('mention CredSSP');
		// The note on kept answers is its own sentence, not run into the list's lead-in.
		await expect(plan).not.toContainText('there): Answers');
		await expect(plan.locator('.pd-plan-kept')).toHaveText(/^Answers you already gave/);
		expect(problems).toEqual([]);
	});
});

// Trial inputs: the error or the code the paste shows, not a lookalike (corpus index.json names each source).
test.describe('real pastes that look like another error', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('./');
		await section(page).scrollIntoViewIfNeeded();
		await expect(page.locator('astro-island:has(.pd)')).not.toHaveAttribute('ssr', /.*/);
	});

	test("the permission-list dialog is the RD Gateway error, and its tree starts with the message's question answered", async ({
		page,
	}) => {
		await paste(page, corpus('awsqs-12-gateway-permission'));
		const shown = section(page).locator('.pd-error').getByRole('link');
		await expect(shown).toHaveAttribute('href', /\/errors\/rd-gateway\/$/);
		await section(page).getByRole('link', { name: 'Continue in the tree' }).click();
		await expect(page).toHaveURL(/\?error=rd-gateway&tree=rd-gateway-message_y[.&]/);
	});

	test('a protocol error with 0xd06 names that code, not the 0x112f error', async ({ page }) => {
		const problems = watchConsole(page);
		await paste(page, corpus('xrdp-3571-protocol-0xd06'));
		await expect(heading(page)).toHaveText('The text shows error code 0xd06');
		await expect(section(page).locator('.pd-error').getByRole('link')).toHaveAttribute(
			'href',
			/\/codes\/not-in-tables\/$/,
		);
		await expect(section(page).locator('a[href*="/errors/0x112f/"]')).toHaveCount(0);
		await expect(section(page)).toContainText('A protocol error ended the session');
		expect(problems).toEqual([]);
	});
});

import type { Locator } from '@playwright/test';
import { expect, test } from './support/shared-page';
import { axeViolationsInThemes } from './support/axe';
import { watchConsole } from './support/console';
import { openDecoder } from './support/decoder';

// Same spellings as the search table: the decoder's first link must be the right code page.
const spellings: ReadonlyArray<readonly [input: string, firstLink: string]> = [
	['0x904', 'RDP error code 0x904'],
	['904', 'RDP error code 0x904'],
	['2308', 'RDP error code 0x904'],
	['0x00000904', 'RDP error code 0x904'],
	['disconnectReasonAtClientWinsockFDCLOSE', 'RDP error code 0x904'],
	['0x7', 'RDP extended error code 0x7'],
	['exDiscReasonServerDeniedConnection', 'RDP extended error code 0x7'],
	['ERRINFO_SERVER_DENIED_CONNECTION', 'RDP server error info 0x7'],
	['0x204', 'RDP error code 0x204'],
	['516', 'RDP error code 0x204'],
	['0x112f', 'RDP server error info 0x112f'],
	['1798', 'RDP error code 0x706'],
	['Reason= 1798', 'RDP error code 0x706'],
];

/** Empties the decoder's box and waits until no result is left from the text before. */
async function clear(form: Locator, box: Locator): Promise<void> {
	await box.fill('');
	await expect(form.locator('.decoder-results a')).toHaveCount(0);
	await expect(form.getByRole('status')).toHaveText('');
}

// One visit for every spelling: the island and its index load once, each input starts empty.
test('the decoder reads every spelling, typed key by key, as its code', async ({ page }) => {
	test.setTimeout(spellings.length * 30_000); // the 30 s each input had as a test of its own
	const { form, input: box } = await openDecoder(page);
	for (const [input, firstLink] of spellings) {
		await clear(form, box);
		await box.pressSequentially(input);
		await expect.soft(form.locator('.decoder-results a').first(), input).toHaveText(firstLink);
	}
});

test.describe('pairs', () => {
	for (const input of ['0x904 / 0x7', '2308, 7', '0x904 0x7']) {
		test(`"${input}" shows both codes and links the pair page`, async ({ page }) => {
			const { form, input: box } = await openDecoder(page);
			await box.fill(input);
			await expect(form.getByRole('heading', { name: 'Error code', exact: true })).toBeVisible();
			await expect(form.getByRole('link', { name: 'RDP error code 0x904' })).toBeVisible();
			await expect(form.getByRole('link', { name: 'RDP extended error code 0x7' })).toBeVisible();
			await form
				.getByRole('link', { name: /what error code 0x904 with extended 0x7 means/ })
				.click();
			await expect(page).toHaveURL(/\/codes\/0x904-0x7\/$/);
			await expect(page.getByRole('link', { name: 'Answer the yes/no questions' })).toHaveAttribute(
				'href',
				/\/$/,
			);
			await expect(page.getByRole('link', { name: /full overview of 0x904/ })).toHaveAttribute(
				'href',
				/\/start\/error-0x904-0x7\/$/,
			);
		});
	}
});

test('an ambiguous value shows every table it exists in, with how it was read', async ({
	page,
}) => {
	const { form, input } = await openDecoder(page);
	await input.fill('260');
	await expect(form.getByText('More than one code fits')).toBeVisible();
	await expect(form.getByRole('status')).toHaveText('3 codes match.');
	const links = form.locator('.decoder-results a');
	await expect(links).toHaveText([
		'RDP error code 0x104',
		'RDP extended error code 0x104',
		'RDP server error info 0x104',
	]);
	await expect(form.getByText('260 read as decimal 260 = 0x104').first()).toBeVisible();
});

test('bare digits that exist in hex and in decimal show both readings, hex first', async ({
	page,
}) => {
	const { form, input } = await openDecoder(page);
	await input.fill('10');
	await expect(form.locator('.decoder-results a').first()).toHaveText('RDP server error info 0x10');
	await expect(form.getByText('10 read as decimal 10 = 0xa').first()).toBeVisible();
});

test('junk input is echoed as text, never as markup, and offers no unrelated code', async ({
	page,
}) => {
	const problems = watchConsole(page);
	let dialogs = 0;
	page.on('dialog', async (d) => {
		dialogs += 1;
		await d.dismiss();
	});
	const { form, input } = await openDecoder(page);
	const junk = '<img src=x onerror=alert(1)>';
	await input.fill(junk);
	await expect(form.getByRole('status')).toHaveText('No RDP code or code name matches that.');
	await expect(form.locator('.decoder-echo')).toHaveText(junk);
	await expect(form.locator('img')).toHaveCount(0);
	await expect(form.locator('.decoder-results a')).toHaveCount(0);
	expect(dialogs).toBe(0);
	expect(problems).toEqual([]);
});

for (const input of ['0x3000064', 'Error code: 0x3000064', '0x905']) {
	test(`"${input}" is said to be in no table, with no numerically near code offered`, async ({
		page,
	}) => {
		const { form, input: box } = await openDecoder(page);
		await box.fill(input);
		const hex = /0x[0-9a-f]+/.exec(input)?.[0] ?? '';
		await expect(form.getByRole('status')).toHaveText(`${hex} is not in our code tables.`);
		await expect(form.locator('.decoder-results a')).toHaveText([
			'what to do with a code we do not list',
		]);
		await form.getByRole('link', { name: 'what to do with a code we do not list' }).click();
		await expect(page).toHaveURL(/\/codes\/not-in-tables\/$/);
	});
}

// Lines pasted from a dialog or a log: the label or keyword tells the table.
const pasted: ReadonlyArray<readonly [input: string, firstLink: string]> = [
	['failureCode = 5', 'RDP negotiation failure 0x5'],
	['ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]', 'RDP FreeRDP connect error 0x20008'],
	['Fehlercode: 0x904', 'RDP error code 0x904'],
	['Extended error code: 0x7', 'RDP extended error code 0x7'],
];

test('the decoder reads each pasted line as the code its label or keyword names', async ({
	page,
}) => {
	test.setTimeout(pasted.length * 30_000); // the 30 s each line had as a test of its own
	const { form, input: box } = await openDecoder(page);
	for (const [input, firstLink] of pasted) {
		await clear(form, box);
		await box.fill(input);
		await expect.soft(form.locator('.decoder-results a').first(), input).toHaveText(firstLink);
		await expect.soft(form.getByRole('status'), input).toHaveText('One code matches.');
	}
});

test('Enter opens the first match', async ({ page }) => {
	const { input } = await openDecoder(page);
	await input.fill('2308');
	await expect(page.locator('.decoder-results a').first()).toBeVisible();
	await input.press('Enter');
	await expect(page).toHaveURL(/\/codes\/disconnect\/0x904\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('RDP error code 0x904');
});

test('a ?code= link opens the decoder with that code decoded', async ({ page }) => {
	await page.goto('codes/?code=0x1104');
	await expect(page.locator('.decoder-results a').first()).toHaveText('RDP reported code 0x1104');
	await expect(page.getByRole('textbox', { name: 'Decode an RDP error code' })).toHaveValue(
		'0x1104',
	);
});

test('the decoder on the home page works below the existing content @smoke', async ({ page }) => {
	const { form, input } = await openDecoder(page, './');
	await input.fill('0x904');
	await expect(form.locator('.decoder-results a').first()).toHaveText('RDP error code 0x904');
});

test('an unverified code is labelled as such on its page', async ({ page }) => {
	await page.goto('codes/reported/0x708/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('RDP reported code 0x708');
	await expect(page.getByText('Unverified', { exact: true })).toBeVisible();
	await expect(page.getByText(/we found no reliable source/).first()).toBeVisible();
});

test('table cells keep a space between them, so words do not glue together (compressHTML)', async ({
	page,
}) => {
	await page.goto('codes/disconnect/');
	const row = page
		.getByRole('row')
		.filter({ has: page.getByRole('link', { name: '0x204', exact: true }) });
	expect((await row.textContent())?.replace(/\s+/g, ' ')).toContain(
		'0x204 516 disconnectReasonSocketConnectFailed',
	);
});

// One visit: each state is checked in the light theme, then in the dark one (the theme select).
const STATES = {
	empty: '',
	found: '0x904',
	ambiguous: '260',
	pair: '0x904 / 0x7',
	'not found (junk)': '<img src=x onerror=alert(1)>',
	'not found (number)': '0x905',
};

test('every state of the decoder has no axe violations in either theme', async ({ page }) => {
	test.setTimeout(Object.keys(STATES).length * 2 * 30_000); // 30 s a state and theme, as before
	const { form, input } = await openDecoder(page);
	for (const [state, value] of Object.entries(STATES)) {
		await clear(form, input);
		await input.fill(value);
		// The status says the result once the table is loaded and the input read.
		if (value !== '') await expect(form.getByRole('status')).toHaveText(/^(?!Loading)\S/);
		const found = await axeViolationsInThemes(page, '.code-decoder');
		expect.soft(found, state).toEqual([]);
	}
});

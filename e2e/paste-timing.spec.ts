import { expect, test, type Page } from '@playwright/test';
import { input, section } from './support/paste';

// The 0x204 dialog as Remote Desktop Connection copies it (github.com/sebaxakerhtc/rdpwrap.ini/issues/305).
const DIALOG_0X204 = `[Window Title]
Remote Desktop Connection

[Content]
Remote Desktop can't connect to the remote computer for one of these reasons:

1) Remote access to the server is not enabled
2) The remote computer is turned off
3) The remote computer is not available on the network

Make sure that the remote computer is turned on and connected to the network and that remote access is enabled.

[^] Hide details  [OK]

[Expanded Information]
Error code: 0x204
Extended error code: 0x0
Timestamp (UTC): 10/16/23 09:18:47 AM`;

const read = (page: Page) => section(page).locator('.pd-read');
const codeLinks = (page: Page) => section(page).locator('.pd-results a[href*="/codes/"]');
const diagnose = (page: Page) => section(page).getByRole('button', { name: 'Diagnose' });

/** Holds back the URLs matching `pattern` until the returned function is called. */
async function hold(page: Page, pattern: string): Promise<() => void> {
	let release: () => void = () => undefined;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(pattern, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

test.describe('the paste box reads the codes however the text and the data arrive', () => {
	for (const how of ['fill', 'focus, then paste'] as const) {
		test(`a ${how} before the island hydrates is read with the code tables`, async ({ page }) => {
			const release = await hold(page, '**/_astro/PasteDiagnose.*.js');
			await page.goto('./');
			await section(page).scrollIntoViewIfNeeded();
			// Focus and text land in the server-rendered box: no handler of the island sees them.
			if (how === 'fill') await input(page).fill(DIALOG_0X204);
			else {
				await input(page).focus();
				await page.keyboard.insertText('Error code: 0x904\nExtended error code: 0x0');
			}
			await expect(page.locator('astro-island:has(.pd)')).toHaveAttribute('ssr', '');
			release();
			const codes = how === 'fill' ? ['0x204', '0x0'] : ['0x904', '0x0'];
			await expect(read(page)).toContainText(', 2 codes');
			for (const code of codes)
				await expect(codeLinks(page).filter({ hasText: code }).first()).toBeVisible();
			// Diagnose reads the box again and still has the codes.
			await diagnose(page).click();
			await expect(read(page)).toContainText(', 2 codes');
		});
	}

	// Over the 20 kB typing limit, the long one is read only by Diagnose, in the worker.
	for (const [size, text] of [
		['short', DIALOG_0X204],
		['long', `${DIALOG_0X204}\n${'GET /index.html 200\n'.repeat(1_100)}`],
	] as const) {
		test(`a ${size} paste read before the code tables arrive is read again when they do`, async ({
			page,
		}) => {
			await page.goto('./');
			await section(page).scrollIntoViewIfNeeded();
			await expect(diagnose(page)).toBeEnabled();
			const release = await hold(page, '**/codes/decoder-index.json');
			await input(page).fill(text);
			await diagnose(page).click();
			await expect(read(page)).toContainText(' lines, 2 known messages.');
			release();
			await expect(read(page)).toContainText(' lines, 2 codes, 2 known messages.');
			await expect(codeLinks(page).filter({ hasText: '0x204' }).first()).toBeVisible();
		});
	}

	test('after the code tables failed, Diagnose fetches them again and reads the box again', async ({
		page,
	}) => {
		let failing = true;
		await page.route('**/codes/decoder-index.json', (route) =>
			failing ? route.abort() : route.continue(),
		);
		await page.goto('./');
		await section(page).scrollIntoViewIfNeeded();
		await expect(diagnose(page)).toBeEnabled();
		await input(page).fill(DIALOG_0X204);
		// Read as typed without the codes: the known sentences still count.
		await expect(read(page)).toHaveText('Read 18 lines, 2 known messages.');
		failing = false;
		await diagnose(page).click();
		await expect(read(page)).toHaveText('Read 18 lines, 2 codes, 2 known messages.');
		await expect(codeLinks(page).filter({ hasText: '0x204' }).first()).toBeVisible();
	});
});

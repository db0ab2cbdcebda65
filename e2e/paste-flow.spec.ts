import { expect, test } from '@playwright/test';
import { fixture, input, paste, pasteLarge, ready, section } from './support/paste';

const TLS = /Most likely: TLS versions/;
const trail = (page: import('@playwright/test').Page) =>
	page.getByRole('navigation', { name: 'Your answers' });

test.describe('Diagnose reads what is in the box', () => {
	test('a paste right after the box appears, on a slow connection, is diagnosed', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		// About "slow 3G": 400 ms round trip, 50 kB/s down.
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 400,
			downloadThroughput: 50_000,
			uploadThroughput: 50_000,
		});
		await page.goto('./', { waitUntil: 'commit' });
		await input(page).fill(fixture('schannel-36874-event-viewer.txt'));
		await section(page).getByRole('button', { name: 'Diagnose' }).click({ timeout: 90_000 });
		// The engine and the code tables load on the press: tens of kilobytes at 50 kB/s.
		await expect(section(page).getByRole('heading', { level: 3 })).toHaveText(TLS, {
			timeout: 30_000,
		});
	});

	test('text already in the box before hydration is read after it', async ({ page }) => {
		await page.goto('./');
		// Set the server-rendered box without scrolling to it: the island (client:visible) has not
		// hydrated yet, and no input event reaches it.
		await page.locator('#pd-input').evaluate((el, value) => {
			(el as HTMLTextAreaElement).value = value;
		}, fixture('schannel-36874-event-viewer.txt'));
		await expect(page.locator('astro-island:has(.pd)')).toHaveAttribute('ssr', '');
		await ready(page);
		await section(page).getByRole('button', { name: 'Diagnose' }).click();
		await expect(section(page).getByRole('heading', { level: 3 })).toHaveText(TLS);
	});

	test('an empty box says visibly that there is nothing to read', async ({ page }) => {
		await page.goto('./');
		await ready(page);
		await section(page).getByRole('button', { name: 'Diagnose' }).click();
		await expect(section(page).locator('.pd-notice')).toHaveText(/^Nothing to read: paste/);
		await expect(section(page).locator('.pd-notice')).toBeVisible();
	});
});

test.describe('a long diagnosis never holds up the next one', () => {
	// About 2 million lines: seconds of work in the worker on this machine.
	const slow = 'a\u2028'.repeat(1_000_000);
	// Over the 20 kB typing limit, so it also goes to the worker; quick to read.
	const quick = `${fixture('schannel-36874-event-viewer.txt')}\n${'GET /index.html 200\n'.repeat(1_500)}`;

	for (const how of ['Clear', 'a new Diagnose'] as const) {
		test(`after ${how}, the next result comes at once and is for the new text`, async ({
			page,
		}) => {
			test.setTimeout(90_000);
			await page.goto('./');
			await ready(page);
			await pasteLarge(page, slow);
			await section(page).getByRole('button', { name: 'Diagnose' }).click();
			await expect(section(page).locator('.pd-notice')).toHaveText(/^Diagnosing/);
			if (how === 'Clear') await section(page).getByRole('button', { name: 'Clear' }).click();
			await pasteLarge(page, quick);
			await section(page).getByRole('button', { name: 'Diagnose' }).click();
			await expect(section(page).getByRole('heading', { level: 3 })).toHaveText(TLS, {
				timeout: 8_000,
			});
		});
	}
});

test.describe('Continue in the tree stays on the page', () => {
	test('it keeps the answers already given, and Back returns to them', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'No', exact: true }).click(); // the first question
		await expect(page).toHaveURL(/\?tree=gateway_n$/);
		await ready(page);
		await paste(page, fixture('schannel-36874-event-viewer.txt'));
		await section(page).getByRole('link', { name: 'Continue in the tree' }).click();
		await expect(page).toHaveURL(/\?tree=gateway_n\.port-open_y[.&]/);
		await expect(trail(page).getByText('(from your paste)').first()).toBeVisible();
		await expect(section(page).getByRole('heading', { level: 3 })).toHaveText(TLS);
		await page.goBack();
		await expect(page).toHaveURL(/\?tree=gateway_n$/);
		await expect(section(page).getByRole('heading', { level: 3 })).toHaveText(TLS);
		await expect(input(page)).not.toHaveValue('');
	});

	test('with nothing settled it opens the tree at its start, and Back stays on the site', async ({
		page,
	}) => {
		await page.goto('./');
		await ready(page);
		await paste(page, fixture('dialog-0x904.txt'));
		// The bare dialog settles no question: it names the error, not a cause.
		await expect(section(page).getByRole('heading', { level: 3 })).toHaveText(
			/^This is error 0x904/,
		);
		const home = page.url();
		await section(page).getByRole('link', { name: 'Continue in the tree' }).click();
		await expect(page.locator('section.dt .dt-heading')).toBeFocused();
		expect(page.url()).toBe(home);
		await expect(input(page)).not.toHaveValue('');
		await page.goBack();
		expect(page.url()).toBe(home);
		await expect(section(page).getByRole('heading', { level: 3 })).toHaveText(
			/^This is error 0x904/,
		);
	});
});

import { expect, test } from './support/shared-page';
import { axeViolationsInThemes } from './support/axe';
import { watchConsole } from './support/console';
import { fixture, input, paste, pasteLarge, ready, section } from './support/paste';

const SAMPLES = [
	{
		file: 'schannel-36874-event-viewer.txt',
		heading: 'Most likely: TLS versions or cipher suites with nothing in common',
		guides: ['/guides/tls-ciphers/'],
		tree: '?tree=gateway_u.port-open_y.other-client_u.localhost_u.recent-update_u.cert-events_u.tls-events_y&paste=1.6',
		treeHeading: 'TLS versions or cipher suites with nothing in common',
	},
	{
		file: 'qwinsta-no-listener.txt',
		heading: 'Most likely: RDP listener or Remote Desktop Services not running',
		guides: ['/guides/listener/'],
		tree: '?tree=gateway_u.port-open_u.listener-up_n&paste=2',
		treeHeading: 'RDP listener or Remote Desktop Services not running',
	},
	{
		file: 'test-netconnection-failed.txt',
		heading: 'Several causes fit',
		guides: ['/guides/network-path/', '/guides/listener/'],
		tree: '?tree=gateway_u.port-open_n&paste=1',
		treeHeading: "Does the port answer when you use the host's IP address instead of its name?",
	},
];

test.describe('paste to diagnose', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('./');
		await expect(
			page.getByRole('heading', { name: 'Paste an error or event log', level: 2 }),
		).toBeVisible();
		await ready(page);
	});

	for (const sample of SAMPLES) {
		test(`${sample.file} shows its candidates and continues in the tree at the right node`, async ({
			page,
		}) => {
			const problems = watchConsole(page);
			await paste(page, fixture(sample.file));
			const results = section(page);
			await expect(results.getByRole('heading', { level: 3 })).toHaveText(sample.heading);
			await expect(results.getByRole('heading', { level: 3 })).toBeFocused();
			const candidates = results.locator('.pd-candidate');
			await expect(candidates).toHaveCount(sample.guides.length);
			for (const [i, guide] of sample.guides.entries()) {
				await expect(candidates.nth(i).getByRole('link')).toHaveAttribute(
					'href',
					new RegExp(`${guide}$`),
				);
			}
			await expect(results.locator('.pd-marked').first()).toBeVisible();
			const link = results.getByRole('link', { name: 'Continue in the tree' });
			const href = await link.getAttribute('href');
			expect(href?.endsWith(`/${sample.tree}`)).toBe(true);
			await link.click();
			await expect(page).toHaveURL((url) => url.search === sample.tree);
			await expect(page.getByRole('heading', { level: 2, name: sample.treeHeading })).toBeFocused();
			// Within the page: the paste and its results are still there.
			await expect(input(page)).not.toHaveValue('');
			await expect(results.getByRole('heading', { level: 3 })).toHaveText(sample.heading);
			// The answers the paste settled are marked as such in the tree's trail.
			const settled = new URLSearchParams(sample.tree).get('paste')!.split('.').length;
			const trail = page.getByRole('navigation', { name: 'Your answers' });
			await expect(trail.getByText('(from your paste)')).toHaveCount(settled);
			expect(problems).toEqual([]);
		});
	}

	test('hostile markup is shown as text and never runs', async ({ page }) => {
		let dialogs = 0;
		page.on('dialog', async (dialog) => {
			dialogs++;
			await dialog.dismiss();
		});
		const hostile = '<img src=x onerror=alert(1)>';
		await paste(
			page,
			` SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE\n${hostile}\n`,
		);
		const excerpt = section(page).locator('.pd-excerpt');
		await expect(excerpt).toContainText(hostile);
		await expect(section(page).locator('img')).toHaveCount(0);
		await page.waitForTimeout(300);
		expect(dialogs).toBe(0);
	});

	test('the bare 0x904 / 0x7 dialog is named as such and starts the tree at the beginning', async ({
		page,
	}) => {
		await paste(page, fixture('dialog-0x904.txt'));
		await expect(section(page).getByRole('heading', { level: 3 })).toHaveText(
			'This is error 0x904 with extended 0x7',
		);
		await expect(section(page)).toContainText('The Remote Desktop dialog shows error code 0x904');
		await expect(section(page).getByRole('link', { name: 'Continue in the tree' })).toHaveAttribute(
			'href',
			/\/$/,
		);
	});

	test('a short paste is diagnosed while typing, and Clear forgets it', async ({ page }) => {
		await input(page).fill(fixture('schannel-36888-event-viewer.txt'));
		await expect(section(page).getByRole('heading', { level: 3 })).toHaveText(/TLS versions/);
		await expect(section(page).locator('[aria-live="polite"]')).toContainText('Most likely cause');
		await section(page).getByRole('button', { name: 'Clear' }).click();
		await expect(input(page)).toHaveValue('');
		await expect(input(page)).toBeFocused();
		await expect(section(page).locator('.pd-results')).toHaveCount(0);
		expect(await page.evaluate(() => JSON.stringify(localStorage).includes('36888'))).toBe(false);
	});

	test('the keyboard alone pastes, diagnoses and reaches the results', async ({ page }) => {
		await input(page).focus();
		await page.keyboard.insertText(fixture('qwinsta-no-listener.txt'));
		await page.keyboard.press('Tab');
		await expect(section(page).getByRole('button', { name: 'Diagnose' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(section(page).getByRole('heading', { level: 3 })).toBeFocused();
	});

	test('a 1 MB paste is diagnosed without freezing the page @smoke', async ({ page }) => {
		const unit = `${fixture('several-tls-events-event-viewer.txt')}\n${fixture('negative-iis-log.txt')}\n`;
		const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
		await pasteLarge(page, big);
		await expect(section(page)).toContainText('press Diagnose');
		const started = Date.now();
		await section(page).getByRole('button', { name: 'Diagnose' }).click();
		await expect(section(page).getByRole('heading', { level: 3 })).toHaveText(/TLS versions/, {
			timeout: 10_000,
		});
		expect(Date.now() - started).toBeLessThan(5_000);
	});

	// One visit: each state is checked in the light theme, then in the dark one (the theme select).
	test('every state of the island has no axe violations in either theme', async ({ page }) => {
		test.setTimeout(120_000); // 8 axe runs
		const check = async (state: string): Promise<void> => {
			expect.soft(await axeViolationsInThemes(page, '.pd'), state).toEqual([]);
		};
		await check('empty');
		await paste(
			page,
			`${fixture('rcm-1057-keyset-event-viewer.txt')}\n${fixture('test-netconnection-succeeded.txt')}`,
		);
		await expect(section(page).locator('.pd-candidate').first()).toBeVisible();
		await check('candidates');
		await paste(page, fixture('schannel-36874-event-viewer.txt'));
		await expect(section(page).getByRole('heading', { level: 3 })).toHaveText(/Most likely/);
		await check('clear winner');
		await paste(page, fixture('negative-iis-log.txt'));
		await expect(section(page).getByRole('heading', { level: 3 })).toHaveText(
			'No known cause matches',
		);
		await check('no match');
	});
});

import { expect, test } from './support/shared-page';
import { watchConsole } from './support/console';
import { search } from './support/search';

test('the policy blocks an inline script injected into a page @smoke', async ({ page }) => {
	await page.goto('./');
	const blocked = await page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
					once: true,
				});
				const script = document.createElement('script');
				script.textContent = 'window.__injected = true;';
				document.body.append(script);
				setTimeout(() => resolve('not blocked'), 2000);
			}),
	);
	expect(blocked).toMatch(/^script-src/);
	expect(
		await page.evaluate(() => (window as { __injected?: boolean }).__injected),
	).toBeUndefined();
});

test('search and the theme switch work under the policy with no violation @smoke', async ({
	page,
}) => {
	const problems = watchConsole(page);
	await page.goto('./start/before-you-start/');
	await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	const results = await search(page, 'Get-WinEvent');
	await expect(results.first()).toBeVisible();
	expect(problems).toEqual([]);
});

test('pages come with the header policy and security headers and still load with an empty console @smoke', async ({
	page,
}) => {
	const problems = watchConsole(page);
	const response = await page.goto('./codes/');
	expect(await response!.headerValue('content-security-policy')).toContain(
		"frame-ancestors 'none'",
	);
	expect(await response!.headerValue('x-content-type-options')).toBe('nosniff');
	expect(await response!.headerValue('referrer-policy')).toBe('strict-origin-when-cross-origin');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(problems).toEqual([]);
});

test('no page can show a page in a frame, not even one of the same site', async ({ page }) => {
	await page.goto('./');
	// frame-src allows the site itself, so only the framed page's frame-ancestors 'none' can block
	// this; a blocked frame holds Chromium's error page, whose document the parent cannot read.
	const framedTitle = await page.evaluate(
		() =>
			new Promise<string | null>((resolve) => {
				const frame = document.createElement('iframe');
				frame.addEventListener('load', () => resolve(frame.contentDocument?.title ?? null), {
					once: true,
				});
				frame.src = './guides/';
				document.body.append(frame);
			}),
	);
	expect(framedTitle).toBeNull();
});

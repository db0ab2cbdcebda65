import { expect, test } from '@playwright/test';
import { watchConsole } from './support/console';
import { search } from './support/search';

test('the policy blocks an inline script injected into a page @smoke', async ({ page }) => {
	await page.goto('./');
	const blocked = await page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
				const script = document.createElement('script');
				script.textContent = 'window.__injected = true;';
				document.body.append(script);
				setTimeout(() => resolve('not blocked'), 2000);
			}),
	);
	expect(blocked).toMatch(/^script-src/);
	expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
});

test('search and the theme switch work under the policy with no violation @smoke', async ({ page }) => {
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

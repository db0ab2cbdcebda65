import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { treeHeading, treeRegion } from './support/tree';

const island = (page: Page) => page.locator('astro-island[component-url*="DecisionTree"]');

/** Opens `path` with the tree island's code held back until the returned function is called. */
async function openUnhydrated(page: Page, path: string): Promise<() => void> {
	let release: () => void = () => undefined;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_astro/DecisionTree.*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(path);
	await treeRegion(page).scrollIntoViewIfNeeded();
	await expect(island(page)).toHaveAttribute('ssr', '');
	return release;
}

test.describe('the tree before its island hydrates', () => {
	for (const { path, width } of [
		{ path: './', width: 1280 },
		{ path: './errors/0x204/', width: 375 },
	]) {
		test(`an answer pressed on ${path} at ${width} px opens the next question`, async ({
			page,
		}) => {
			await page.setViewportSize({ width, height: 800 });
			const release = await openUnhydrated(page, path);
			const first = await treeHeading(page).innerText();
			const yes = treeRegion(page).getByRole('button', { name: 'Yes', exact: true });
			await expect(yes).toBeEnabled();
			await yes.click();
			// The press is a navigation to the answer's URL state, back at the tree.
			await expect(page).toHaveURL(/\?tree=[a-z0-9-]+_y#questions$/);
			release();
			await expect(island(page)).not.toHaveAttribute('ssr', /.*/);
			await expect(treeHeading(page)).not.toHaveText(first);
			await expect(treeHeading(page)).toBeFocused();
			if (path === './')
				await expect(treeHeading(page)).toHaveText(/Connection Broker log database or RPC errors/);
			// After hydration a press stays on the page and writes the next step.
			const url = page.url();
			await treeRegion(page).getByRole('button', { name: 'No', exact: true }).click();
			await expect(page).toHaveURL(/\?tree=[a-z0-9-]+_y\.[a-z0-9-]+_n#questions$/);
			expect(await page.evaluate(() => window.history.length)).toBeGreaterThan(2);
			await page.goBack();
			expect(page.url()).toBe(url);
		});
	}

	test('its copy buttons wait for the island, and axe finds nothing before or after', async ({
		page,
	}) => {
		const release = await openUnhydrated(page, './');
		const copy = treeRegion(page).getByRole('button', { name: /^Copy PowerShell command/ });
		await expect(copy.first()).toBeDisabled();
		expect(await axeViolations(page, '.dt'), 'before hydration').toEqual([]);
		release();
		await expect(island(page)).not.toHaveAttribute('ssr', /.*/);
		await expect(copy.first()).toBeEnabled();
		expect(await axeViolations(page, '.dt'), 'after hydration').toEqual([]);
	});
});

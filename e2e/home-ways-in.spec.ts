import { expect, test } from './support/shared-page';

const WAYS = [
	'Answer yes/no questions',
	'Paste an error',
	'Browse the fix guides',
	'Look up an error code',
] as const;

for (const { width, height } of [
	{ width: 1280, height: 720 },
	{ width: 375, height: 667 },
]) {
	test(`the home page shows its ways in above the fold at ${width} x ${height}`, async ({
		page,
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('./');
		const nav = page.getByRole('navigation', { name: 'Ways in' });
		for (const name of WAYS) {
			const link = nav.getByRole('link', { name });
			await expect(link).toBeVisible();
			const box = await link.boundingBox();
			expect(box!.y + box!.height, `${name} is below the fold`).toBeLessThanOrEqual(height);
		}
	});
}

test('each way in leads where it says', async ({ page }) => {
	await page.goto('./');
	const nav = page.getByRole('navigation', { name: 'Ways in' });
	// The in-page ways point at the tree and the paste box.
	const tree = await nav.getByRole('link', { name: WAYS[0] }).getAttribute('href');
	await expect(
		page.locator(tree!).getByRole('region', { name: 'Diagnose step by step' }),
	).toBeAttached();
	const paste = await nav.getByRole('link', { name: WAYS[1] }).getAttribute('href');
	await expect(page.locator(paste!)).toHaveText(/Paste an error/);
	await nav.getByRole('link', { name: WAYS[2] }).click();
	await expect(page).toHaveURL(/\/guides\/$/);
	await page.goBack();
	await nav.getByRole('link', { name: WAYS[3] }).click();
	await expect(page).toHaveURL(/\/codes\/$/);
});

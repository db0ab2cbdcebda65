import { expect, type Page } from '@playwright/test';

/** The decision tree's region on the home page. */
export const treeRegion = (page: Page) =>
	page.getByRole('region', { name: 'Diagnose step by step' });

/** The heading of the question or outcome on screen. */
export const treeHeading = (page: Page) => treeRegion(page).locator('h2.dt-heading');

/**
 * Opens the home page (optionally with a tree state) and waits for the island to hydrate and, for
 * a state in the URL, for the tree's data: until it is here a click is kept, not answered.
 */
export async function openTree(page: Page, query = ''): Promise<void> {
	await page.goto(`./${query}`);
	await expect(page.locator('astro-island[component-url*="DecisionTree"]:not([ssr])')).toHaveCount(
		1,
	);
	if (!query.includes('tree=')) return;
	await expect
		.poll(() =>
			page.evaluate(() =>
				performance.getEntriesByType('resource').some((e) => e.name.includes('/tree/data.json')),
			),
		)
		.toBe(true);
}

/** Clicks an answer or action button of the tree by its visible name. */
export async function clickAnswer(page: Page, name: string): Promise<void> {
	await treeRegion(page).getByRole('button', { name, exact: true }).click();
}

/** Reaches a button or link of the tree by its visible text with Tab alone, and presses Enter on it. */
export async function keyAnswer(page: Page, name: string): Promise<void> {
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement;
			return el?.closest('.dt') && (el.tagName === 'BUTTON' || el.tagName === 'A')
				? el.textContent.trim()
				: undefined;
		});
		if (focused === name) {
			await page.keyboard.press('Enter');
			return;
		}
	}
	throw new Error(`Tab never reached the "${name}" button or link`);
}

/** Clicks the tree's buttons named `names` from inside the page, each in its own task. */
export async function clickInPage(page: Page, names: string[]): Promise<void> {
	await page.evaluate(async (names) => {
		const find = (name: string) =>
			[...document.querySelectorAll<HTMLButtonElement>('.dt button')].find(
				(b) => b.textContent.trim() === name,
			);
		for (const name of names) {
			// The button the last answer brings may need a task or two (a render after data
			// arrives); the click comes as soon as it exists, still before any frame.
			let button = find(name);
			for (let tries = 0; !button && tries < 200; tries++) {
				await new Promise((resolve) => setTimeout(resolve, 0));
				button = find(name);
			}
			if (!button) throw new Error(`no tree button named ${name}`);
			button.click();
			// Lets Preact render the answer before the next click, but leaves no time for a frame.
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
	}, names);
}

import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './support/console';
import { axeViolationsInThemes } from './support/axe';
import { clickAnswer, openTree, treeRegion } from './support/tree';

/**
 * axe over the tree in the light theme, then in the dark one (the theme select), within the same
 * visit. The rest of the home page does not change with the tree's state; pages.spec.ts checks it.
 */
async function axe(page: Page, state: string): Promise<void> {
	expect.soft(await axeViolationsInThemes(page, '.dt'), state).toEqual([]);
}

test('axe finds no violation on a question, an outcome, the unmatched result and the notice', async ({
	page,
}) => {
	test.setTimeout(120_000); // 10 axe runs on a busy machine
	await openTree(page);
	await axe(page, 'first question');
	await clickAnswer(page, 'No');
	await axe(page, 'second question with trail');
	for (const answer of ['No', 'No', 'No']) await clickAnswer(page, answer);
	await axe(page, 'outcome');
	await openTree(page, '?tree=gateway_n.port-open_u.listener-up_u.console-azure_n');
	await axe(page, 'unmatched');
	await openTree(page, '?tree=%3Cscript%3E');
	await expect(treeRegion(page).locator('.dt-notice')).toBeVisible();
	await axe(page, 'notice');
});

test('a full walk at 375 x 667 shows nothing cut off, overlapping or scrolling sideways', async ({
	page,
}) => {
	const problems = watchConsole(page);
	await page.setViewportSize({ width: 375, height: 667 });
	await openTree(page);
	const check = async (state: string): Promise<void> => {
		const layout = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			const boxes = [...document.querySelectorAll('.dt button, .dt a, .dt pre, .dt h2, .dt p')].map(
				(el) => {
					const r = el.getBoundingClientRect();
					return {
						text: el.textContent.slice(0, 30),
						left: r.left,
						right: r.right,
						top: r.top,
						bottom: r.bottom,
					};
				},
			);
			return { width, scrollWidth: document.documentElement.scrollWidth, boxes };
		});
		expect(layout.scrollWidth, `${state}: horizontal scroll`).toBeLessThanOrEqual(layout.width);
		for (const b of layout.boxes) {
			expect(b.left, `${state}: "${b.text}" starts off screen`).toBeGreaterThanOrEqual(0);
			expect(b.right, `${state}: "${b.text}" is cut off`).toBeLessThanOrEqual(layout.width);
		}
		const buttons = await treeRegion(page)
			.locator('.dt-answers button, .dt-actions button, .dt-nav button')
			.all();
		const rects = await Promise.all(buttons.map((b) => b.boundingBox()));
		rects.forEach((a, i) =>
			rects.slice(i + 1).forEach((b) => {
				const overlap =
					a &&
					b &&
					a.x < b.x + b.width &&
					b.x < a.x + a.width &&
					a.y < b.y + b.height &&
					b.y < a.y + a.height;
				expect(overlap, `${state}: buttons overlap`).toBeFalsy();
			}),
		);
	};
	await check('question 1');
	// To the machinekeys outcome: gateway, port-open, other-client, localhost, recent-update,
	// cert-events, machinekeys-acl.
	for (const [i, answer] of ['No', 'Yes', 'No', 'No', 'No', 'Yes', 'No'].entries()) {
		await clickAnswer(page, answer);
		await check(`after answer ${i + 1}`);
	}
	await expect(treeRegion(page).getByRole('link', { name: /Open the guide/ })).toBeVisible();
	expect(problems).toEqual([]);
});

test('with reduced motion asked for, nothing in the tree animates or transitions', async ({
	page,
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openTree(page);
	for (const step of ['first question', 'No', 'Yes', 'Back', 'Restart']) {
		if (step !== 'first question') await clickAnswer(page, step);
		// Declared styles, not running animations: an animation that ran once at hydration and a
		// transition waiting for a hover are caught as well.
		const moving = await page.evaluate(() =>
			[...document.querySelectorAll('.dt, .dt *')].flatMap((el) =>
				[null, '::before', '::after'].flatMap((pseudo) => {
					const style = getComputedStyle(el, pseudo);
					const transition = style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
					return style.animationName !== 'none' || transition
						? [`${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}`]
						: [];
				}),
			),
		);
		expect(moving, `at ${step}`).toEqual([]);
	}
});

const FOLDS = [
	{ width: 1280, height: 720, buttons: true },
	{ width: 375, height: 667, buttons: false },
];
for (const { width, height, buttons } of FOLDS) {
	test(`the first question is above the fold at ${width} x ${height}${buttons ? ', answers too' : ''}`, async ({
		page,
	}) => {
		await page.setViewportSize({ width, height });
		await openTree(page);
		const bottoms = await treeRegion(page)
			.locator(buttons ? 'h2.dt-heading, .dt-answers button' : 'h2.dt-heading')
			.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom));
		expect(bottoms.length).toBeGreaterThan(0);
		for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(height);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
	});
}

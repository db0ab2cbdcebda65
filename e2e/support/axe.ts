import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA and everything below it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Expressive Code makes a code block that overflows keyboard-focusable from a script that runs
 * after a resize observer and an idle callback; axe must not look before that has happened.
 */
export async function waitForScrollableCode(page: Page): Promise<void> {
	await expect
		.poll(() =>
			page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('.expressive-code pre')].every(
					(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
				),
			),
		)
		.toBe(true);
}

/**
 * axe's WCAG 2.2 AA violations on the page (or only inside `include`), one readable line each;
 * `rules` narrows the run to those rule ids.
 */
export async function axeViolations(
	page: Page,
	include?: string,
	rules?: readonly string[],
): Promise<string[]> {
	await waitForScrollableCode(page);
	// Legacy mode runs axe in the page itself. The default runs it per frame, then finishes in a
	// new blank page (a renderer process each time), to reach cross-origin frames: the site has
	// none, and that costs more than the checks here (a guide: 3.8 s against 1.7 s).
	expect(page.frames().length, 'a frame needs axe out of legacy mode').toBe(1);
	let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
	if (include) builder = builder.include(include);
	if (rules) builder = builder.withRules([...rules]);
	const { violations } = await builder.analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The WCAG rules whose result depends on colours. A theme switch changes custom properties
 * only (the DOM, names, roles and order stay), so the second theme needs these alone: about
 * half of a full axe run on a guide.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** The themes axe checks every page in. */
export const THEMES = ['light', 'dark'] as const;

/** Switches Starlight's theme as a reader does, with the header's theme select: no reload. */
export async function switchTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
	await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption(theme);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * axe's violations in the light theme (every rule), then in the dark one within the same visit
 * (the colour rules), theme first.
 */
export async function axeViolationsInThemes(page: Page, include?: string): Promise<string[]> {
	const found: string[] = [];
	for (const theme of THEMES) {
		await switchTheme(page, theme);
		const rules = theme === THEMES[0] ? undefined : COLOUR_RULES;
		found.push(...(await axeViolations(page, include, rules)).map((v) => `${theme} ${v}`));
	}
	return found;
}

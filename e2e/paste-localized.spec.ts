import type { Page } from '@playwright/test';
import { expect, test } from './support/shared-page';
import { fixedRuns } from '../src/lib/recognize/string-table';
import { STRING_TEXTS } from '../src/lib/recognize/string-texts/index';
import { watchConsole } from './support/console';
import { paste, ready, section } from './support/paste';

// Localized dialogs made only of Microsoft's own strings for them (mstscax.dll.mui, see
// src/lib/recognize/localized-sentence-sources.ts) and the codes, in the real paste box.
const string = (language: string, id: number): string => STRING_TEXTS[language]?.mstscax[id] ?? '';

/** The 0x904 / 0x7 dialog: string 13607, then the code lines of string 13642 (no timestamp). */
function dialog0x904(language: string): string {
	const [codes = ''] = fixedRuns(string(language, 13642), ['904', '7']);
	return `${string(language, 13607)}\n\n${codes.split('\n').slice(0, 2).join('\n')}`;
}

const heading = (page: Page) => section(page).getByRole('heading', { level: 3 });

test.describe('localized dialogs from Microsoft strings', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('./');
		await ready(page);
	});

	for (const [language, name] of [
		['de', 'German'],
		['ko', 'Korean'],
	] as const)
		test(`the ${name} 0x904 / 0x7 dialog is error 0x904 with extended 0x7, its sentence read`, async ({
			page,
		}) => {
			const problems = watchConsole(page);
			await paste(page, dialog0x904(language));
			await expect(heading(page)).toHaveText('This is error 0x904 with extended 0x7');
			// The dialog's first sentence is its twin of the English one, read in its language.
			await expect(section(page).locator('.pd-recognized')).toContainText(
				`The generic Remote Desktop Connection failure: the connection was set up and then closed, without a reason (${name}) (line 1).`,
			);
			await expect(section(page).getByRole('link', { name: /0x904$/ })).toHaveAttribute(
				'href',
				/\/codes\/disconnect\/0x904\/$/,
			);
			expect(problems).toEqual([]);
		});

	// No code in this dialog: only its sentence can name the error.
	test('the French "requires Network Level Authentication" dialog names the NLA error', async ({
		page,
	}) => {
		const problems = watchConsole(page);
		await paste(page, string('fr', 13742));
		await expect(section(page).locator('.pd-error').getByRole('link')).toHaveAttribute(
			'href',
			/\/errors\/nla-lsa\/$/,
		);
		expect(problems).toEqual([]);
	});
});

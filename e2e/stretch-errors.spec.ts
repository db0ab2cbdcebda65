/**
 * The two symptom errors of issue 13's stretch (a session that freezes over UDP, a black screen
 * after sign-in): from each error's page, answers typed with the keyboard lead past its first cause
 * to another cause's guide, and the home page's "Seeing a different error?" line leaves them out.
 */
import { expect, test } from '@playwright/test';
import { keyAnswer, treeHeading, treeRegion } from './support/tree';

async function openError(page: import('@playwright/test').Page, slug: string): Promise<void> {
	expect((await page.goto(`./errors/${slug}/`))?.status()).toBe(200);
	await treeRegion(page).scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island[component-url*="DecisionTree"]:not([ssr])')).toHaveCount(
		1,
	);
}

const walks = [
	{
		slug: 'udp-freeze',
		first:
			'Did the freezes or drops start right after the host or the client installed Windows updates?',
		answers: ['Yes', 'Yes'],
		cause: 'A Windows update changed RDP, TLS or CredSSP behaviour',
		guide: 'windows-updates',
		guideHeading: 'Windows updates that changed RDP, TLS or CredSSP behaviour',
	},
	{
		slug: 'black-screen',
		first: 'Does the desktop appear when you connect with persistent bitmap caching turned off?',
		answers: ['No', 'Yes'],
		cause: "The session's shell (Explorer) does not start",
		guide: 'session-shell',
		guideHeading:
			'Black or empty desktop in a Remote Desktop session: the shell (Explorer) does not start',
	},
] as const;

for (const walk of walks) {
	test(`/errors/${walk.slug}/: the keyboard walks its tree to the ${walk.guide} guide`, async ({
		page,
	}) => {
		await openError(page, walk.slug);
		await expect(treeHeading(page)).toHaveText(walk.first);
		await treeHeading(page).click();
		for (const answer of walk.answers) await keyAnswer(page, answer);
		await expect(treeHeading(page)).toHaveText(walk.cause);
		await expect(page).toHaveURL(new RegExp(`/errors/${walk.slug}/\\?tree=`));
		await keyAnswer(page, `Open the guide: ${walk.cause}`);
		await expect(page).toHaveURL(new RegExp(`/guides/${walk.guide}/$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(walk.guideHeading);
	});
}

test('the home page names neither symptom error in its "Seeing a different error?" line', async ({
	page,
}) => {
	await page.goto('./');
	const line = page.locator('p.other-errors');
	await expect(line.getByRole('link').first()).toBeVisible();
	await expect(line.locator('a[href$="/errors/udp-freeze/"]')).toHaveCount(0);
	await expect(line.locator('a[href$="/errors/black-screen/"]')).toHaveCount(0);
	await page.goto('./errors/');
	for (const slug of ['udp-freeze', 'black-screen'])
		await expect(page.locator(`main a[href$="/errors/${slug}/"]`)).toHaveCount(1);
});

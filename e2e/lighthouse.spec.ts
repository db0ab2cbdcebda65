import { expect, test } from '@playwright/test';
import { runLighthouseAll, failedAudits } from '../scripts/lib/lighthouse.mjs';
import { chromiumPath } from '../scripts/chromium-path.mjs';
import { PAGE_TYPES } from './support/page-types';

// Performance depends on machine load, so it is measured by `npm run bench`, not asserted here.
const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;

// One Chromium for every page type: a launch per page cost about as much as a run.
test(`Lighthouse scores 100 for accessibility, best practices and SEO on the ${Object.keys(PAGE_TYPES).join(', ')} pages`, async ({
	baseURL,
}) => {
	const types = Object.entries(PAGE_TYPES);
	test.setTimeout(types.length * 60_000);
	const results = await runLighthouseAll(
		types.map(([, path]) => new URL(path, baseURL).href),
		{ chromePath: chromiumPath().path, categories: [...CATEGORIES] },
	);
	results.forEach((lhr, i) => {
		const [type, path] = types[i]!;
		for (const category of CATEGORIES) {
			expect
				.soft(failedAudits(lhr, category), `${category} on the ${type} page /${path}`)
				.toEqual([]);
			expect.soft(lhr.categories[category]?.score, `${category} on the ${type} page`).toBe(1);
		}
	});
});

import { expect, test } from '@playwright/test';
import { runLighthouse, failedAudits } from '../scripts/lib/lighthouse.mjs';
import { chromiumPath } from '../scripts/chromium-path.mjs';
import { PAGE_TYPES } from './support/page-types';

// Performance depends on machine load, so it is measured by `npm run bench`, not asserted here.
const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;

for (const [type, path] of Object.entries(PAGE_TYPES)) {
	test(`Lighthouse scores 100 for accessibility, best practices and SEO on the ${type} page`, async ({
		baseURL,
	}) => {
		test.setTimeout(90_000);
		const lhr = await runLighthouse(new URL(path, baseURL).href, {
			chromePath: chromiumPath().path,
			categories: [...CATEGORIES],
		});
		for (const category of CATEGORIES) {
			expect.soft(failedAudits(lhr, category), `${category} on ${path || '/'}`).toEqual([]);
			expect.soft(lhr.categories[category]?.score, category).toBe(1);
		}
	});
}

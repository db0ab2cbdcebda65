import { expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/quality/links';
import { loadBuiltSite } from './support/built-site';

it('every internal link and #anchor of every built page resolves', () => {
	const site = loadBuiltSite();
	const report = checkLinks(site);
	expect(report.checked).toBeGreaterThan(site.pages.size);
	expect(report.broken.map((b) => `${b.page}: ${b.href} ${b.problem}`)).toEqual([]);
	console.info(`${report.checked} internal links checked; ${report.external.length} external links listed, not fetched.`);
});

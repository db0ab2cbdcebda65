import { describe, expect, it } from 'vitest';
import { hashSource } from '../../../../src/lib/csp/policy';
import { formatHeadersFile, headersFor } from '../../../../src/lib/headers/headers-file';
import { ASSET_CACHE_CONTROL, siteHeaderRules } from '../../../../src/lib/headers/site-headers';

describe('siteHeaderRules', () => {
	const rules = siteHeaderRules('/', new Set(['a()', 'b()']));

	it('sends the policy, with frame-ancestors and every page script hash, and the security headers on every path', () => {
		for (const path of ['/', '/guides/', '/404.html', '/nope/', '/_astro/x.js']) {
			const headers = headersFor(rules, path);
			const policy = headers.get('Content-Security-Policy') ?? '';
			expect(policy).toContain("frame-ancestors 'none'");
			expect(policy).toContain(hashSource('a()'));
			expect(policy).toContain(hashSource('b()'));
			expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
			expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
		}
	});

	it('caches /_astro/ for a year as immutable and leaves pages to revalidate', () => {
		expect(headersFor(rules, '/_astro/page.abc.js').get('Cache-Control')).toBe(ASSET_CACHE_CONTROL);
		expect(headersFor(rules, '/guides/').has('Cache-Control')).toBe(false);
	});

	it('puts every rule under the base path of a sub-path build', () => {
		const docs = siteHeaderRules('/docs/', []);
		expect(docs.map((r) => r.path)).toEqual(['/docs/*', '/docs/_astro/*']);
		expect(headersFor(docs, '/docs/_astro/a.js').get('Cache-Control')).toBe(ASSET_CACHE_CONTROL);
		expect(headersFor(docs, '/_astro/a.js').size).toBe(0);
	});

	it('refuses a base path without its slashes', () => {
		expect(() => siteHeaderRules('/docs', [])).toThrow(/must start and end with "\/"/);
	});

	it('stays within the host limits with 25 distinct inline scripts (the site has 11)', () => {
		const scripts = Array.from({ length: 25 }, (_, i) => `script${i}()`);
		expect(() => formatHeadersFile(siteHeaderRules('/docs/', scripts), 'c')).not.toThrow();
	});
});

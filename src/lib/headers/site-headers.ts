/**
 * The response headers of the built site, written to dist/_headers by the post-build pass
 * (src/integrations/finalize-html.ts) and applied from that file by scripts/serve.mjs.
 *
 * One Content-Security-Policy rule covers every path. A rule per page would pass Cloudflare's
 * limit of 100 rules (the site has over 200 pages), and rules per group of pages cannot be written
 * safely: a path matched by two rules gets both policies joined with a comma, which browsers
 * enforce together, and a 404 under a group's prefix would get that group's hashes instead of the
 * 404 page's. So the header allows the inline scripts of all pages (their distinct scripts, about
 * a dozen), adds what only a header can carry (frame-ancestors), and each page's <meta> policy,
 * enforced as well, still narrows scripts to that page's own hashes.
 */
import { buildHeaderPolicy } from '../csp/policy.ts';
import type { HeaderRule } from './headers-file.ts';

/** Hashed build output (Astro writes a content hash into every file name under _astro/). */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Sent with every response: no MIME sniffing, and only the origin in cross-site Referers. */
export const SECURITY_HEADERS = [
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
] as const;

/**
 * The `_headers` rules for a site built under `base` ("/" or "/docs/") whose pages, together,
 * hold these inline scripts: one rule for every path (policy and security headers), one for the
 * long-lived cache of `_astro/`. Throws if `base` does not start and end with "/".
 */
export function siteHeaderRules(base: string, scripts: Iterable<string>): HeaderRule[] {
	if (!base.startsWith('/') || !base.endsWith('/'))
		throw new Error(`The base path must start and end with "/", got "${base}".`);
	return [
		{
			path: `${base}*`,
			headers: [['Content-Security-Policy', buildHeaderPolicy([...scripts])], ...SECURITY_HEADERS],
		},
		{ path: `${base}_astro/*`, headers: [['Cache-Control', ASSET_CACHE_CONTROL]] },
	];
}

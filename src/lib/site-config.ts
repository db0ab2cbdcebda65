/**
 * Site URL and base path, read from the environment at build time.
 * Pure functions so the rules (defaults, normalisation, errors) are unit-tested.
 */

/** Used when SITE_URL is unset: sitemap and canonical links need an absolute origin. */
export const DEFAULT_SITE_URL = 'https://rdp-troubleshooter.example.org';

/** Returns an absolute http(s) origin with a trailing slash, or throws a message naming the variable. */
export function resolveSiteUrl(raw: string | undefined): string {
	const value = raw?.trim() || DEFAULT_SITE_URL;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(
			`SITE_URL must be an absolute URL such as https://docs.example.com/, got "${value}".`,
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`SITE_URL must use http or https, got "${url.protocol}" in "${value}".`);
	}
	if (url.search || url.hash || url.pathname !== '/') {
		throw new Error(
			`SITE_URL is the origin only (e.g. https://docs.example.com); put a sub-path in BASE_PATH. Got "${value}".`,
		);
	}
	return url.origin + '/';
}

/** Normalises BASE_PATH ("docs", "/docs", "/docs/") to "/docs/"; unset or "/" gives "/". */
export function resolveBasePath(raw: string | undefined): string {
	const value = raw?.trim() ?? '';
	const parts = value.split('/').filter(Boolean);
	for (const part of parts) {
		if (!/^[A-Za-z0-9._~-]+$/.test(part) || part === '.' || part === '..') {
			throw new Error(
				`BASE_PATH may hold only letters, digits and . _ ~ - between slashes, got "${value}".`,
			);
		}
	}
	return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

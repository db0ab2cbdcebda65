/**
 * Root-relative links and image sources written in Markdown/MDX ("/guides/x/") get the site's
 * base path, so content works when the site is served from a sub-path such as /docs/. Authors
 * keep writing root-relative links; astro.config.mjs applies this as a Sätteri hast plugin.
 */

/** The attribute that carries the URL, per element. */
export const URL_ATTRIBUTES: Readonly<Record<string, string>> = {
	a: 'href',
	img: 'src',
	source: 'src',
};

/** Returns `url` under `base` when it is root-relative ("/x", not "//host/x"), else unchanged. */
export function withBase(url: string, base: string): string {
	if (base === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
	if (url === base.slice(0, -1) || url.startsWith(base)) return url;
	return base.slice(0, -1) + url;
}

/** The attribute to rewrite on an element and its new value, or undefined when nothing changes. */
export function rebasedAttribute(
	tagName: string,
	properties: Readonly<Record<string, unknown>> | undefined,
	base: string,
): [attribute: string, value: string] | undefined {
	const attribute = URL_ATTRIBUTES[tagName];
	const value = attribute ? properties?.[attribute] : undefined;
	if (!attribute || typeof value !== 'string') return undefined;
	const rebased = withBase(value, base);
	return rebased === value ? undefined : [attribute, rebased];
}

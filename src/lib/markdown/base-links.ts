/**
 * Markdown (Sätteri) hast plugin: prefixes root-relative links and image sources written in
 * Markdown/MDX ("/guides/x/") with the site's base path, so content works when the site is
 * served from a sub-path such as /docs/. Authors keep writing root-relative links.
 */

/** The attribute that carries the URL, per element. */
const URL_ATTRIBUTE: Record<string, string> = { a: 'href', img: 'src', source: 'src' };

/** Returns `url` under `base` when it is root-relative ("/x", not "//host/x"), else unchanged. */
export function withBase(url: string, base: string): string {
	if (base === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
	if (url === base.slice(0, -1) || url.startsWith(base)) return url;
	return base.slice(0, -1) + url;
}

/** The slice of Sätteri's hast node and visitor context this plugin uses. */
interface ElementNode {
	tagName: string;
	properties?: Record<string, unknown>;
}
interface VisitorContext {
	setProperty(node: ElementNode, name: string, value: string): void;
}

/** A Sätteri hast plugin definition for `satteri({ hastPlugins: [baseLinks(base)] })`. */
export function baseLinks(base: string) {
	return {
		name: 'rdp-troubleshooter-base-links',
		element: [
			{
				filter: Object.keys(URL_ATTRIBUTE),
				visit(node: ElementNode, ctx: VisitorContext) {
					const attribute = URL_ATTRIBUTE[node.tagName];
					const value = attribute ? node.properties?.[attribute] : undefined;
					if (!attribute || typeof value !== 'string') return;
					const rebased = withBase(value, base);
					if (rebased !== value) ctx.setProperty(node, attribute, rebased);
				},
			},
		],
	};
}

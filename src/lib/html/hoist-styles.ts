/**
 * Astro writes its island stylesheet (`astro-island{display:contents}` and friends) into <body>
 * before the first island. A <style> in <body> is invalid HTML (html-validate's
 * element-permitted-content), so the build moves every body <style> into <head>; the cascade is
 * unchanged because these rules do not depend on their position.
 */

const BODY = /<body\b[^>]*>/i;
const STYLE = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/** Returns the page with every <style> element of its body moved to the end of its head. */
export function hoistBodyStyles(html: string): string {
	const body = BODY.exec(html);
	const headEnd = html.search(/<\/head\s*>/i);
	if (!body || headEnd < 0 || headEnd > body.index) return html;
	const before = html.slice(0, body.index);
	const rest = html.slice(body.index);
	const styles = rest.match(STYLE) ?? [];
	if (styles.length === 0) return html;
	const unique = [...new Set(styles)];
	return (
		before.slice(0, headEnd) + unique.join('') + before.slice(headEnd) + rest.replace(STYLE, '')
	);
}

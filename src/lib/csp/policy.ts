/**
 * Content-Security-Policy for the static build. Every inline script that ends up in a page is
 * hashed from the final HTML, so scripts run only from our origin or by hash: no 'unsafe-inline'
 * or 'unsafe-eval' for scripts. Styles keep 'unsafe-inline' (Starlight writes style attributes).
 */
import { createHash } from 'node:crypto';

/** The sha256 source expression CSP expects for an inline script's exact text. */
export function hashSource(scriptText: string): string {
	return `'sha256-${createHash('sha256').update(scriptText, 'utf8').digest('base64')}'`;
}

// An inline script: a <script> without src; the body is everything up to the first </script>.
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** The text of every inline <script> in an HTML document, in order. */
export function inlineScripts(html: string): string[] {
	return [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1] ?? '');
}

/** The policy for one page, given the texts of its inline scripts. */
export function buildPolicy(scripts: readonly string[]): string {
	const hashes = [...new Set(scripts.map(hashSource))].sort();
	const directives: [string, ...string[]][] = [
		['default-src', "'self'"],
		// Pagefind compiles its WebAssembly search engine: that needs 'wasm-unsafe-eval', not 'unsafe-eval'.
		['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes],
		['style-src', "'self'", "'unsafe-inline'"],
		['img-src', "'self'", 'data:'],
		['font-src', "'self'"],
		['connect-src', "'self'"],
		['object-src', "'none'"],
		['base-uri', "'self'"],
		['form-action', "'self'"],
	];
	return directives.map((d) => d.join(' ')).join('; ');
}

/**
 * The policy sent as an HTTP header: buildPolicy plus `frame-ancestors 'none'` (no site may frame
 * the pages), which browsers ignore, with a console warning, when it comes in a <meta>.
 */
export function buildHeaderPolicy(scripts: readonly string[]): string {
	return `${buildPolicy(scripts)}; frame-ancestors 'none'`;
}

const CSP_META = /<meta\s+http-equiv=["']content-security-policy["'][^>]*>/gi;

/** Returns the page with exactly one CSP meta tag, placed before any script can run. */
export function withPolicy(html: string): string {
	const clean = html.replace(CSP_META, '');
	const meta = `<meta http-equiv="content-security-policy" content="${buildPolicy(inlineScripts(clean))}">`;
	const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(clean);
	if (charset) {
		const end = charset.index + charset[0].length;
		return clean.slice(0, end) + meta + clean.slice(end);
	}
	const head = /<head\b[^>]*>/i.exec(clean);
	if (!head) throw new Error('Cannot add a Content-Security-Policy: the page has no <head>.');
	const end = head.index + head[0].length;
	return clean.slice(0, end) + meta + clean.slice(end);
}

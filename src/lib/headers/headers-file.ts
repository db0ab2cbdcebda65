/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the published folder: blocks of
 * a URL path pattern on its own line followed by indented `Name: value` lines; `#` starts a
 * comment. A response gets the headers of every rule whose pattern matches the request path; a
 * header named by two matching rules is sent once, the values joined with ", " (Cloudflare's
 * documented behaviour). scripts/serve.mjs applies the built file with these functions, so the
 * local server sends what a static host would.
 */

/** One rule: a path pattern (literal, one `*` splat, `:name` segments) and its headers in order. */
export interface HeaderRule {
	path: string;
	headers: readonly (readonly [name: string, value: string])[];
}

/**
 * Cloudflare Pages' limits for `_headers` (developers.cloudflare.com/pages/configuration/headers/):
 * at most 100 rules, and a header line of at most 2,000 characters.
 */
export const HEADERS_FILE_LIMITS = { rules: 100, lineChars: 2000 } as const;

// A header name is an HTTP token (RFC 9110 section 5.6.2).
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function check(rule: HeaderRule): void {
	if (!rule.path.startsWith('/') || /\s/.test(rule.path) || rule.path.split('*').length > 2) {
		throw new Error(
			`_headers: "${rule.path}" must be a path starting with "/", without spaces and with at most one "*".`,
		);
	}
	for (const [name, value] of rule.headers) {
		if (!HEADER_NAME.test(name))
			throw new Error(`_headers: "${name}" under ${rule.path} is not a header name.`);
		if (/[\r\n]/.test(value) || value.trim() === '') {
			throw new Error(
				`_headers: the value of ${name} under ${rule.path} must be one non-empty line.`,
			);
		}
	}
}

/**
 * The file's text for these rules. Throws when a host would reject or cut it: a malformed rule,
 * more rules than HEADERS_FILE_LIMITS.rules, or a line longer than HEADERS_FILE_LIMITS.lineChars.
 */
export function formatHeadersFile(rules: readonly HeaderRule[], comment: string): string {
	if (rules.length > HEADERS_FILE_LIMITS.rules) {
		throw new Error(
			`_headers: ${rules.length} rules; Cloudflare Pages reads at most ${HEADERS_FILE_LIMITS.rules}.`,
		);
	}
	const lines = comment.split('\n').map((line) => `# ${line}`);
	for (const rule of rules) {
		check(rule);
		lines.push('', rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
	}
	const long = lines.find((line) => line.length > HEADERS_FILE_LIMITS.lineChars);
	if (long !== undefined) {
		throw new Error(
			`_headers: a line of ${long.length} characters ("${long.slice(0, 60)}…"); Cloudflare Pages reads at most ${HEADERS_FILE_LIMITS.lineChars}.`,
		);
	}
	return `${lines.join('\n')}\n`;
}

/**
 * Parses a `_headers` file. Throws, naming the line, on what a host would not read the same way:
 * a header before any path, a line without "Name: value", an absolute-URL rule or a `! Name`
 * removal (Cloudflare-only syntax this project does not write).
 */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: { path: string; headers: [string, string][] }[] = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trim();
		const where = `_headers line ${index + 1}`;
		if (line === '' || line.startsWith('#')) return;
		if (!/^\s/.test(raw)) {
			if (!line.startsWith('/'))
				throw new Error(`${where}: "${line}" is not a path starting with "/".`);
			rules.push({ path: line, headers: [] });
			return;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`${where}: a header before any path.`);
		const colon = line.indexOf(':');
		if (line.startsWith('!') || colon < 1)
			throw new Error(`${where}: expected "Name: value", got "${line}".`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	});
	rules.forEach(check);
	return rules;
}

/** A rule's pattern as a regular expression: `*` takes any characters, `:name` one path segment. */
function patternOf(path: string): RegExp {
	const source = path
		.split(/(\*|:[A-Za-z]\w*)/)
		// split() with a group puts the tokens at odd indexes, the literal text at even ones.
		.map((part, i) =>
			i % 2 === 0 ? part.replace(/[.+?^${}()|[\]\\]/g, '\\$&') : part === '*' ? '.*' : '[^/]+',
		)
		.join('');
	return new RegExp(`^${source}$`);
}

/**
 * The headers a host sends for a request path (as received, not decoded): those of every matching
 * rule in file order, a repeated name sent once with its values joined by ", ". Names keep the
 * spelling of their first rule; matching of names is case-insensitive, as in HTTP.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
	const byKey = new Map<string, [string, string]>();
	for (const rule of rules) {
		if (!patternOf(rule.path).test(pathname)) continue;
		for (const [name, value] of rule.headers) {
			const seen = byKey.get(name.toLowerCase());
			byKey.set(name.toLowerCase(), seen ? [seen[0], `${seen[1]}, ${value}`] : [name, value]);
		}
	}
	return new Map(byKey.values());
}

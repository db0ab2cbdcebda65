/**
 * The home page and every guide must arrive in one round trip: TCP's initial congestion window
 * is 10 segments, about 14 KB (RFC 6928), so their gzipped HTML stays at or under 14,336 bytes.
 * The build checks it (src/integrations/finalize-html.ts) and fails naming each page over it.
 */
import { gzipSize } from './page-weight.ts';

/** Gzipped HTML bytes a budgeted page may have (14 KiB: one initial congestion window). */
export const HTML_BUDGET_GZ = 14_336;

/**
 * Whether the page at `path` (URL path relative to the site's base, such as `guides/x/`) is
 * held to HTML_BUDGET_GZ: the home page and every guide.
 */
export function isBudgetedPage(path: string): boolean {
	return path === '' || /^guides\/[^/]+\/$/.test(path);
}

/** One line per budgeted page over the budget (`<path>: <bytes> B gz > 14336`), none when all fit. */
export function htmlBudgetProblems(pages: Iterable<{ path: string; html: string }>): string[] {
	const problems: string[] = [];
	for (const { path, html } of pages) {
		if (!isBudgetedPage(path)) continue;
		const size = gzipSize(html);
		if (size > HTML_BUDGET_GZ) {
			problems.push(
				`/${path}: ${size} B gzipped, over the ${HTML_BUDGET_GZ} B budget by ${size - HTML_BUDGET_GZ} B`,
			);
		}
	}
	return problems;
}

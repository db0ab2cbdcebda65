/**
 * Byte budgets per page type, gzipped (see src/lib/quality/page-weight.ts for what counts).
 * Set from measured sizes plus about 15% headroom. To raise one on purpose: run `npm run bench`,
 * read the new size in bench/report.md, raise the number here in the same commit as the change
 * that needs it, and say why in the commit message.
 */
export const BUDGETS: Record<string, { html: number; css: number; js: number }> = {
	// The home page carries only the tree's first question: the tree and the paste signatures come
	// in one fetched file (src/pages/tree/data.json.ts). It loads three islands with Preact.
	home: { html: 10_600, css: 16_200, js: 31_500 },
	guide: { html: 18_000, css: 19_000, js: 6_400 },
	code: { html: 8_800, css: 14_400, js: 5_000 },
	// The decoder reads at most 4,000 characters of a paste and says what it left out (18,588 B measured).
	codeIndex: { html: 11_800, css: 14_400, js: 18_800 },
};

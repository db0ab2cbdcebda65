/**
 * Byte budgets per page type, gzipped (see src/lib/quality/page-weight.ts for what counts).
 * Set from measured sizes plus about 15% headroom. To raise one on purpose: run `npm run bench`,
 * read the new size in bench/report.md, raise the number here in the same commit as the change
 * that needs it, and say why in the commit message.
 */
export const BUDGETS: Record<string, { html: number; css: number; js: number }> = {
	// The home page carries the decision tree's data and the paste matcher's signatures as island
	// props, and loads three islands (tree, decoder, paste) with the Preact runtime.
	// js: the collector's reader (src/lib/collector, zod/mini) rides in the paste island (39.7 KB measured).
	home: { html: 29_000, css: 16_200, js: 40_500 },
	guide: { html: 18_000, css: 19_000, js: 6_400 },
	code: { html: 8_800, css: 14_400, js: 5_000 },
	codeIndex: { html: 11_800, css: 14_400, js: 17_200 },
};

/**
 * Byte budgets per page type, gzipped (see src/lib/quality/page-weight.ts for what counts).
 * Set from measured sizes plus about 15% headroom. To raise one on purpose: run `npm run bench`,
 * read the new size in bench/report.md, raise the number here in the same commit as the change
 * that needs it, and say why in the commit message.
 */
export const BUDGETS: Record<string, { html: number; css: number; js: number }> = {
	// The home page carries only the tree's first question: the tree and the paste signatures come
	// in one fetched file (src/pages/tree/data.json.ts). It loads three islands with Preact.
	// HTML and guide HTML are also held by the build to 14,336 B (src/lib/quality/html-budget.ts).
	// Starlight's small scripts are files, not inlined (astro.config.mjs), and icons sit in one
	// sprite: HTML fell by 1.4-2.3 KB per page and JS rose by 1.1-1.5 KB (cached across pages).
	// Pagefind UI (25.8 KB) loads on search intent; it was never counted here (dynamic import).
	// Home HTML 9,431 B with the "Seeing a different error?" line of 11 errors (about 25 B each);
	// the session began at a 10,600 B budget, which the icon sprite and script files brought down.
	// JS was 31,568 B (over the 31,500 budget) with ten dialog languages and the paste-timing fix;
	// the decoder's reading code now comes with its index on first use: about 28 K, budget lowered.
	// The search dialog's exact-code line shares no module with the home page's islands: one it
	// shares becomes a chunk of its own on the home page (430 B more when it imported the decoder's).
	home: { html: 9_500, css: 16_200, js: 29_000 },
	guide: { html: 14_336, css: 19_000, js: 8_000 },
	code: { html: 7_000, css: 14_400, js: 6_700 },
	codeIndex: { html: 10_100, css: 14_400, js: 22_000 },
	// An error page: its dialogs, ranked causes with summaries and the tree island (measured with
	// the 0x904 / 0x7 error's 13 causes: 12,185 HTML, 12,526 CSS, 17,280 JS).
	error: { html: 14_000, css: 14_400, js: 19_900 },
};

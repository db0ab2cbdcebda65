/**
 * Byte budgets per page type, gzipped (see src/lib/quality/page-weight.ts for what counts).
 * Set from measured sizes plus about 15% headroom. To raise one on purpose: run `npm run bench`,
 * read the new size in bench/report.md, raise the number here in the same commit as the change
 * that needs it, and say why in the commit message.
 */
export const BUDGETS: Record<string, { html: number; css: number; js: number }> = {
	home: { html: 5_000, css: 14_200, js: 3_400 },
	guide: { html: 7_100, css: 14_200, js: 5_000 },
};

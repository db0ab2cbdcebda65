/**
 * Options for Pagefind UI that Starlight's `pagefind` setting cannot carry: its config schema
 * keeps only index weight, ranking and mergeIndex, and Starlight hands that object to
 * `new PagefindUI({...})` through the virtual module `virtual:starlight/pagefind-config`.
 * src/integrations/search-options.ts extends that module with these keys at build time.
 */
export const SEARCH_UI_OPTIONS = {
	// Pagefind UI waits 300 ms after the last keystroke by default. A search over this index
	// takes about 5 ms, so a short pause is enough to skip the in-between words of a fast typist
	// while results still show within 100 ms of the keystroke.
	debounceTimeoutMs: 60,
	// Pagefind 1.5+ searches in a Web Worker, a 12 KB (gzipped) script of its own. On an index
	// this size the main thread is free again within a few milliseconds, so the worker only
	// costs bytes.
	noWorker: true,
} as const;

/** The id Vite gives Starlight's virtual module once it is resolved. */
export const PAGEFIND_CONFIG_MODULE = '\0virtual:starlight/pagefind-config';

const EXPORT = 'export const pagefindUserConfig';

/**
 * Source of Starlight's pagefind-config module with `options` merged into the exported object.
 * Throws when the module no longer looks as expected, so a Starlight upgrade that changes it
 * fails the build instead of silently dropping the options.
 */
export function withSearchUiOptions(
	source: string,
	options: Record<string, unknown> = SEARCH_UI_OPTIONS,
): string {
	if (!source.includes(EXPORT)) {
		throw new Error(
			`Starlight's ${PAGEFIND_CONFIG_MODULE.slice(1)} no longer exports "pagefindUserConfig"; ` +
				'update src/lib/search/ui-options.ts to pass the search dialog options another way.',
		);
	}
	return `${source}\nObject.assign(pagefindUserConfig, ${JSON.stringify(options)});\n`;
}

// @pagefind/default-ui ships no types; src/lib/search/lazy-ui.ts uses only its constructor.
declare module '@pagefind/default-ui' {
	export const PagefindUI: new (options: Record<string, unknown>) => unknown;
}

/**
 * The scoping class Pagefind UI's compiled Svelte gives its search box (`.pagefind-ui__form`,
 * `.pagefind-ui__search-input`): its stylesheet (@pagefind/default-ui/css/ui.css, loaded by
 * Starlight) styles them only with it, so the stand-in box of lazy-ui.ts carries it too.
 * tests/unit/lib/search/pagefind-classes.test.ts fails when a Pagefind upgrade changes it.
 */
export const PAGEFIND_SVELTE_CLASS = 'svelte-e9gkc3';

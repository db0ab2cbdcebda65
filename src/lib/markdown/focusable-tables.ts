/**
 * Markdown (Sätteri) hast plugin: Starlight lets wide tables scroll sideways on small screens. A
 * scrolling region must be reachable by keyboard (WCAG 2.1.1, axe `scrollable-region-focusable`),
 * and a table of plain text has nothing focusable inside, so every table gets `tabindex="0"`.
 */

/** The part of Sätteri's visitor context this plugin uses. */
type VisitorContext = { setProperty(node: object, key: string, value: unknown): void };

/** Adds `tabindex="0"` to a table element through the processor's context. */
export function makeTableFocusable(node: object, ctx: VisitorContext): void {
	ctx.setProperty(node, 'tabindex', 0);
}

/** The plugin definition, for `satteri({ hastPlugins: [focusableTables] })`. */
export const focusableTables = {
	name: 'focusable-tables',
	element: [{ filter: ['table'], visit: makeTableFocusable }],
};

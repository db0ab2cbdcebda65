/**
 * Starlight writes each icon as an inline <svg> with its whole path (heading anchors, asides,
 * the sidebar's carets, the theme select): about 1.7 KB gzipped of every page, the same on all
 * of them. The build moves every one-path icon into one cached sprite file and leaves in the
 * page an <svg> with the same attributes (class, size, aria-hidden) that <use>s its symbol, so
 * layout, colour (currentColor) and accessibility stay as they were.
 *
 * Lifecycle: collectIcons over every page, spriteFile for the file's text, then withSpriteIcons
 * per page with the file's URL.
 */
import { createHash } from 'node:crypto';

/** A one-path icon: its viewBox and path data, keyed by `id` (stable across builds). */
export interface Icon {
	id: string;
	viewBox: string;
	d: string;
}

// An <svg> whose only content is one <path d="…"> (self-closed or not), with a viewBox.
const ONE_PATH_SVG = /<svg\b([^>]*)>\s*<path d="([^"<>]*)"\s*(?:\/>|><\/path>)\s*<\/svg>/gi;
const VIEW_BOX = /\bviewBox="([^"<>]*)"/i;

function iconOf(attributes: string, d: string): Icon | undefined {
	const viewBox = VIEW_BOX.exec(attributes)?.[1];
	if (viewBox === undefined) return undefined;
	const id = `i${createHash('sha256').update(`${viewBox} ${d}`).digest('base64url').slice(0, 8)}`;
	return { id, viewBox, d };
}

/** Adds the one-path icons of a page to `into` (by id), and returns it. */
export function collectIcons(html: string, into: Map<string, Icon> = new Map()): Map<string, Icon> {
	for (const m of html.matchAll(ONE_PATH_SVG)) {
		const icon = iconOf(m[1] ?? '', m[2] ?? '');
		if (icon) into.set(icon.id, icon);
	}
	return into;
}

/** The sprite file: one <symbol> per icon, sorted by id so the same icons give the same bytes. */
export function spriteFile(icons: Iterable<Icon>): string {
	const symbols = [...icons]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((i) => `<symbol id="${i.id}" viewBox="${i.viewBox}"><path d="${i.d}"/></symbol>`);
	return `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>\n`;
}

/**
 * The page with each one-path icon's path replaced by `<use href="<spriteHref>#<id>"/>`.
 * The <svg> keeps its attributes: its viewBox matches the symbol's, so the icon draws the same.
 */
export function withSpriteIcons(html: string, spriteHref: string): string {
	return html.replace(ONE_PATH_SVG, (whole, attributes: string, d: string) => {
		const icon = iconOf(attributes, d);
		return icon ? `<svg${attributes}><use href="${spriteHref}#${icon.id}"/></svg>` : whole;
	});
}

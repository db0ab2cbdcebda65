import { describe, expect, it } from 'vitest';
import { collectIcons, spriteFile, withSpriteIcons } from '../../../../src/lib/html/icon-sprite';

const caret =
	'<svg aria-hidden="true" class="caret" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M1 2h3"/></svg>';
const anchor =
	'<svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="m12 15-3 3"></path></svg>';
const twoPaths = '<svg viewBox="0 0 24 24"><path d="M1 1"/><path d="M2 2"/></svg>';
const page = `<html><body><a href="#x">${anchor}</a>${caret}<p>${caret}</p>${twoPaths}</body></html>`;

describe('icon sprite', () => {
	it('collects each distinct one-path icon once, keyed by viewBox and path', () => {
		const icons = collectIcons(page);
		expect([...icons.values()].map((i) => i.d).sort()).toEqual(['M1 2h3', 'm12 15-3 3']);
	});

	it('writes one symbol per icon, the same bytes whatever the order pages were read', () => {
		const icons = collectIcons(page);
		const reversed = new Map([...icons].reverse());
		const sprite = spriteFile(icons.values());
		expect(spriteFile(reversed.values())).toBe(sprite);
		for (const icon of icons.values()) {
			expect(sprite).toContain(
				`<symbol id="${icon.id}" viewBox="0 0 24 24"><path d="${icon.d}"/></symbol>`,
			);
		}
	});

	it('keeps each icon svg and its attributes, and points it at its symbol', () => {
		const [caretIcon] = [...collectIcons(caret).values()];
		const out = withSpriteIcons(page, '/_astro/icons.abc.svg');
		expect(out).toContain(
			`<svg aria-hidden="true" class="caret" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><use href="/_astro/icons.abc.svg#${caretIcon!.id}"/></svg>`,
		);
		expect(out).not.toContain('M1 2h3');
		expect(out).not.toContain('m12 15-3 3');
	});

	it('leaves icons of several paths and svgs without a viewBox as they are', () => {
		const noViewBox = '<svg width="4"><path d="M0 0"/></svg>';
		expect(withSpriteIcons(twoPaths + noViewBox, '/s.svg')).toBe(twoPaths + noViewBox);
		expect(collectIcons(twoPaths + noViewBox).size).toBe(0);
	});
});

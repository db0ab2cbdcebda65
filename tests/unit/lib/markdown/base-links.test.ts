import { describe, expect, it } from 'vitest';
import { rebasedAttribute, withBase } from '../../../../src/lib/markdown/base-links';

describe('withBase', () => {
	it.each([
		['/guides/x/', '/', '/guides/x/'],
		['/guides/x/', '/docs/', '/docs/guides/x/'],
		['/', '/docs/', '/docs/'],
		['/docs/guides/x/', '/docs/', '/docs/guides/x/'],
		['https://learn.microsoft.com/x', '/docs/', 'https://learn.microsoft.com/x'],
		['//cdn.example/x', '/docs/', '//cdn.example/x'],
		['#fix', '/docs/', '#fix'],
		['../x/', '/docs/', '../x/'],
	])('%s under base %s is %s', (url, base, expected) => {
		expect(withBase(url, base)).toBe(expected);
	});
});

describe('rebasedAttribute', () => {
	it.each([
		['a', { href: '/guides/a/' }, ['href', '/docs/guides/a/']],
		['img', { src: '/og.png' }, ['src', '/docs/og.png']],
		['a', { href: 'https://example.com/' }, undefined],
		['a', { href: '/docs/x/' }, undefined],
		['a', {}, undefined],
		['p', { href: '/x/' }, undefined],
	] as const)('<%s %j> gives %j', (tag, props, expected) => {
		expect(rebasedAttribute(tag, props, '/docs/')).toEqual(expected);
	});
});

import { describe, expect, it } from 'vitest';
import { baseLinks, withBase } from '../../../../src/lib/markdown/base-links';

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

describe('baseLinks', () => {
	const visitor = baseLinks('/docs/').element[0]!;
	const run = (node: { tagName: string; properties?: Record<string, unknown> }) => {
		const set: [string, string][] = [];
		visitor.visit(node, { setProperty: (_n, name, value) => set.push([name, value]) });
		return set;
	};

	it('rewrites a root-relative link and image source', () => {
		expect(run({ tagName: 'a', properties: { href: '/guides/a/' } })).toEqual([['href', '/docs/guides/a/']]);
		expect(run({ tagName: 'img', properties: { src: '/og.png' } })).toEqual([['src', '/docs/og.png']]);
	});

	it('leaves external, relative and already-based URLs alone', () => {
		expect(run({ tagName: 'a', properties: { href: 'https://example.com/' } })).toEqual([]);
		expect(run({ tagName: 'a', properties: { href: '/docs/x/' } })).toEqual([]);
		expect(run({ tagName: 'a', properties: {} })).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import {
	formatHeadersFile,
	type HeaderRule,
	headersFor,
	HEADERS_FILE_LIMITS,
	parseHeadersFile,
} from '../../../../src/lib/headers/headers-file';

const rules: HeaderRule[] = [
	{
		path: '/*',
		headers: [
			['X-Content-Type-Options', 'nosniff'],
			['Cache-Control', 'no-cache'],
		],
	},
	{ path: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
	{ path: '/codes/:family/', headers: [['X-Family', 'yes']] },
];

describe('formatHeadersFile and parseHeadersFile', () => {
	it('write the Netlify / Cloudflare layout and read it back to the same rules', () => {
		const text = formatHeadersFile(rules, 'generated\ndo not edit');
		expect(text).toBe(
			'# generated\n# do not edit\n\n/*\n  X-Content-Type-Options: nosniff\n  Cache-Control: no-cache\n\n/_astro/*\n  Cache-Control: immutable\n\n/codes/:family/\n  X-Family: yes\n',
		);
		expect(parseHeadersFile(text)).toEqual(rules);
	});

	it('keep a colon inside a value and ignore comments and blank lines', () => {
		expect(parseHeadersFile('# c\n/a\n  # inner\n  Link: </x>; rel="preload"\n\n')).toEqual([
			{ path: '/a', headers: [['Link', '</x>; rel="preload"']] },
		]);
	});

	it.each([
		['a header before any path', '  X-A: b', /line 1: a header before any path/],
		['a line without a colon', '/a\n  nonsense', /line 2: expected "Name: value"/],
		['a Cloudflare "! Name" removal', '/a\n  ! X-A', /line 2: expected "Name: value"/],
		['an absolute URL rule', 'https://example.org/*\n  X-A: b', /line 1: .* is not a path/],
		['two splats', '/*/a/*\n  X-A: b', /at most one "\*"/],
		['a header name with a space', '/a\n  X A: b', /"X A" under \/a is not a header name/],
	])('refuse %s, naming the line or rule', (_, text, message) => {
		expect(() => parseHeadersFile(text)).toThrow(message);
	});

	it('refuse more rules than Cloudflare Pages reads', () => {
		const many = Array.from({ length: HEADERS_FILE_LIMITS.rules + 1 }, (_, i) => ({
			path: `/p${i}/`,
			headers: [['X-A', 'b']] as const,
		}));
		expect(() => formatHeadersFile(many, 'c')).toThrow(
			/101 rules; Cloudflare Pages reads at most 100/,
		);
		expect(() => formatHeadersFile(many.slice(1), 'c')).not.toThrow();
	});

	it('refuse a line longer than Cloudflare Pages reads', () => {
		const long = (n: number): HeaderRule[] => [{ path: '/*', headers: [['X-A', 'b'.repeat(n)]] }];
		// "  X-A: " is 7 characters.
		expect(() => formatHeadersFile(long(HEADERS_FILE_LIMITS.lineChars - 7), 'c')).not.toThrow();
		expect(() => formatHeadersFile(long(HEADERS_FILE_LIMITS.lineChars - 6), 'c')).toThrow(
			/a line of 2001 characters/,
		);
	});

	it('refuse a value that would split into two header lines', () => {
		expect(() =>
			formatHeadersFile([{ path: '/a', headers: [['X-A', 'b\r\nSet-Cookie: x']] }], 'c'),
		).toThrow(/one non-empty line/);
	});
});

describe('headersFor', () => {
	it('joins a header named by two matching rules with ", " in file order', () => {
		expect([...headersFor(rules, '/_astro/a.js')]).toEqual([
			['X-Content-Type-Options', 'nosniff'],
			['Cache-Control', 'no-cache, immutable'],
		]);
	});

	it.each([
		['/', ['X-Content-Type-Options', 'Cache-Control']],
		['/guides/', ['X-Content-Type-Options', 'Cache-Control']],
		['/codes/extended/', ['X-Content-Type-Options', 'Cache-Control', 'X-Family']],
		['/codes/extended/0x7/', ['X-Content-Type-Options', 'Cache-Control']],
		['/codes//', ['X-Content-Type-Options', 'Cache-Control']],
	])('matches %s: a splat takes anything, a placeholder one non-empty segment', (path, names) => {
		expect([...headersFor(rules, path).keys()]).toEqual(names);
	});

	it('treats the rest of a pattern literally, regular-expression characters included', () => {
		const literal: HeaderRule[] = [{ path: '/a.b(c)+/', headers: [['X-A', 'b']] }];
		expect(headersFor(literal, '/a.b(c)+/').size).toBe(1);
		expect(headersFor(literal, '/aXb(c)+/').size).toBe(0);
		expect(headersFor(literal, '/a.b(c)+/x').size).toBe(0);
	});

	it('matches only paths under a base path and never throws on odd text', () => {
		const docs: HeaderRule[] = [{ path: '/docs/*', headers: [['X-A', 'b']] }];
		expect(headersFor(docs, '/docs/').size).toBe(1);
		expect(headersFor(docs, '/docsx/').size).toBe(0);
		for (const odd of ['//[', '/%', '\0', '', `/${'*:'.repeat(5000)}`])
			expect(() => headersFor(docs, odd)).not.toThrow();
	});
});

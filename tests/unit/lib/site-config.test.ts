import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, resolveBasePath, resolveSiteUrl } from '../../../src/lib/site-config';

describe('resolveSiteUrl', () => {
	it.each([
		[undefined, `${DEFAULT_SITE_URL}/`],
		['', `${DEFAULT_SITE_URL}/`],
		['  ', `${DEFAULT_SITE_URL}/`],
		['https://docs.example.com', 'https://docs.example.com/'],
		['http://localhost:4321/', 'http://localhost:4321/'],
	])('turns %j into %j', (raw, expected) => {
		expect(resolveSiteUrl(raw)).toBe(expected);
	});

	it.each([
		['not a url', /absolute URL/],
		['ftp://example.com', /http or https/],
		['https://example.com/docs/', /BASE_PATH/],
		['https://example.com/?a=1', /origin only/],
	])('rejects %j with a message that says what to do', (raw, message) => {
		expect(() => resolveSiteUrl(raw)).toThrow(message);
	});
});

describe('resolveBasePath', () => {
	it.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['docs', '/docs/'],
		['/docs', '/docs/'],
		['/docs/', '/docs/'],
		['//team//rdp/', '/team/rdp/'],
	])('normalises %j to %j', (raw, expected) => {
		expect(resolveBasePath(raw)).toBe(expected);
	});

	it.each(['/../etc', '/a b/', '/docs?x', '/<script>/'])('rejects %j', (raw) => {
		expect(() => resolveBasePath(raw)).toThrow(/BASE_PATH/);
	});
});

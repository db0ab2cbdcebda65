import { describe, expect, it } from 'vitest';
import {
	CODE_PAGE_PATH,
	pagePathFromEntryId,
	resolveInternalHref,
	splitFrontmatter,
} from '../../../../src/lib/guides/page-paths.ts';

describe('pagePathFromEntryId', () => {
	it.each([
		['index', '/'],
		['guides/certificate', '/guides/certificate/'],
		['start/error-0x904-0x7', '/start/error-0x904-0x7/'],
		['reference/event-ids.mdx', '/reference/event-ids/'],
	])('maps %s to %s', (id, path) => expect(pagePathFromEntryId(id)).toBe(path));
});

describe('resolveInternalHref', () => {
	it.each([
		['../machinekeys/', '/guides/certificate/', '/guides/machinekeys/'],
		['../../guides/listener/#fix', '/start/error-0x904-0x7/', '/guides/listener/'],
		['/reference/event-ids/', '/guides/certificate/', '/reference/event-ids/'],
		['../tls-ciphers', '/guides/certificate/', '/guides/tls-ciphers/'],
		['https://learn.microsoft.com/', '/guides/certificate/', null],
		['#confirm-it', '/guides/certificate/', null],
		['mailto:someone@example.org', '/guides/certificate/', null],
	])('resolves %s from %s to %s', (href, from, expected) =>
		expect(resolveInternalHref(href, from)).toBe(expected),
	);
});

describe('splitFrontmatter', () => {
	it('separates the YAML block from the body', () => {
		expect(splitFrontmatter('---\ntitle: x\n---\n\nBody\n')).toEqual({
			frontmatter: 'title: x',
			body: '\nBody\n',
		});
	});
	it('returns the whole text as body when there is no frontmatter', () => {
		expect(splitFrontmatter('Body only')).toEqual({ frontmatter: '', body: 'Body only' });
	});
});

describe('CODE_PAGE_PATH', () => {
	it.each([
		['/codes/disconnect/0x904/', true],
		['/codes/extended/0x7/', true],
		['/codes/reported/0x1104/', true],
		['/codes/disconnect/0x0/', true],
		['/codes/disconnect/0x0904/', false],
		['/codes/Disconnect/0x904/', false],
		['/codes/disconnect/0X904/', false],
		['/codes/other/0x904/', false],
		['/codes/disconnect/904/', false],
	])('accepts %s as a code page URL: %s', (path, expected) =>
		expect(CODE_PAGE_PATH.test(path)).toBe(expected),
	);
});

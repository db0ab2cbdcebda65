import { describe, expect, it } from 'vitest';
import { searchTerm } from '../../../../src/lib/search/code-query.ts';

describe('what the search dialog hands Pagefind', () => {
	it.each([
		['0x904;0x7', '0x904 0x7'],
		['0x904/0x7', '0x904 0x7'],
		['0x904,0x7', '0x904 0x7'],
		['0x904 - 0x7', '0x904 0x7'],
		['0x904|0x7', '0x904 0x7'],
		['Error code: 0x904', '0x904'],
		['Error code: 0x904 Extended error code: 0x7', '0x904 0x7'],
		['Fehlercode: 0x904', '0x904'],
		["Code d'erreur : 0x904", '0x904'],
		['Code d’erreur étendu : 0x7', '0x7'],
		['错误代码: 0x904', '0x904'],
		['(0x904)', '0x904'],
		["'0x904'", '0x904'],
		['0x904.', '0x904'],
		['ERRINFO_SERVER_DENIED_CONNECTION (0x7)', 'ERRINFO_SERVER_DENIED_CONNECTION 0x7'],
		['0×904', '0x904'],
		['０x９０４', '0x904'],
		['0x0000000000904', '0x00000904'],
		['0x0904', '0x904'],
		['0x904 0x07', '0x904 0x7'],
		['0x0', '0x0'],
		['0x904:0x7', '0x904 0x7'],
		['certificate 0x904', 'certificate 0x904'],
	])('%s -> %s', (query, term) => {
		expect(searchTerm(query)).toBe(term);
	});

	it('hands over text without a 0x code as typed', () => {
		for (const query of ['certificate', 'event 1058', '2308', '远程桌面', 'Fehlercode', '  NLA  '])
			expect(searchTerm(query)).toBe(query);
	});

	it('keeps the zero-padded spelling logs print, and names', () => {
		expect(searchTerm('0x00000904')).toBe('0x00000904');
		expect(searchTerm('ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]')).toBe(
			'ERRCONNECT_TLS_CONNECT_FAILED 0x00020008',
		);
	});

	it('never throws, and hands a long paste over untouched', () => {
		const paste = `Error code: 0x904 ${'x'.repeat(600)}`;
		expect(searchTerm(paste)).toBe(paste);
		for (const query of ['', '0x', '\u2028 0x1', '0x'.repeat(200), '((((0x1'])
			expect(() => searchTerm(query)).not.toThrow();
	});
});

import { describe, expect, it } from 'vitest';
import { exactCodeHits, mayBeCode } from '../../../../src/lib/search/exact-codes.ts';
import { toHex } from '../../../../src/lib/codes/spellings.ts';
import { index } from '../codes/data.ts';

const paths = (query: string) => exactCodeHits(query, index).map((h) => h.path);

describe('the code pages a search for an exact code opens', () => {
	it('finds 0x10 alone, though 0x101 to 0x10b start with it', () => {
		expect(exactCodeHits('0x10', index)).toEqual([
			{ path: 'codes/errorinfo/0x10/', title: 'RDP server error info 0x10' },
		]);
		expect(paths(' 0X10 ')).toEqual(['codes/errorinfo/0x10/']);
	});

	it('lists every table a number is in, in the order of the tables', () => {
		expect(paths('0x7')).toEqual([
			'codes/extended/0x7/',
			'codes/errorinfo/0x7/',
			'codes/reported/0x7/',
		]);
	});

	it('opens the pair page for 0x904 with 0x7, and both pages of another pair', () => {
		for (const query of ['0x904 0x7', '0x904, 0x7', '0x904/0x7'])
			expect(paths(query), query).toEqual(['codes/0x904-0x7/']);
		expect(paths('0x204 0x0')).toEqual([
			'codes/disconnect/0x204/',
			'codes/extended/0x0/',
			'codes/errorinfo/0x0/',
		]);
	});

	it('finds a code by its whole name as logs print it', () => {
		expect(paths('ERRINFO_SERVER_DENIED_CONNECTION')).toEqual(['codes/errorinfo/0x7/']);
		expect(paths('exDiscReasonServerDeniedConnection')).toEqual(['codes/extended/0x7/']);
		expect(paths('ERRCONNECT_CONNECT_TRANSPORT_FAILED')).toEqual(['codes/freerdp/0x2000d/']);
	});

	it.each([
		['a number in no table', '0x3000064'],
		['part of a name', 'SERVER_DENIED'],
		['a bare number, maybe an event ID', '1058'],
		['a decimal code', '2308'],
		['words', 'certificate error'],
		['a word', 'certificate'],
		['a capitalized word', 'Licensing'],
		['an event line', 'event 1058'],
		['a dialog line', 'Error code: 0x204'],
	])('offers nothing for %s (%s)', (_, query) => {
		expect(exactCodeHits(query, index)).toEqual([]);
	});

	it('never throws on odd text, and does not read a long one', () => {
		for (const query of [
			'',
			'   ',
			'0x',
			'0x0x0x',
			'\u2028',
			'<script>',
			'0x'.padEnd(10_000, 'f'),
			'_'.repeat(5000),
		])
			expect(() => exactCodeHits(query, index)).not.toThrow();
		expect(mayBeCode(`ERR_${'A_'.repeat(100)}B`)).toBe(false);
	});

	it('fetches the index only for text that may be a code', () => {
		for (const word of ['certificate', 'Licensing', 'RemoteApp', 'NLA', 'CredSSP', 'mstsc'])
			expect(mayBeCode(word), word).toBe(false);
	});

	it("finds each code's page by its hex, and by each of its names", () => {
		const missing = index.flatMap((entry) => {
			const page = `codes/${entry.family}/${toHex(entry.decimal)}/`;
			const queries = [toHex(entry.decimal), ...entry.names];
			return queries.filter((q) => !paths(q).includes(page)).map((q) => `${q} -> ${page}`);
		});
		expect(missing).toEqual([]);
	});
});

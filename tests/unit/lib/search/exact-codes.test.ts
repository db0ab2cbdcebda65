import { describe, expect, it } from 'vitest';
import {
	exactCodeHits as hitsIn,
	isExactCodeMap,
	mayBeCode,
} from '../../../../src/lib/search/exact-codes.ts';
import { buildExactCodeMap } from '../../../../src/lib/search/exact-code-map.ts';
import { toHex } from '../../../../src/lib/codes/spellings.ts';
import { entries } from '../codes/data.ts';

/** The map the build writes, from the real code tables. */
const map = buildExactCodeMap(entries);
const exactCodeHits = (query: string) => hitsIn(query, map);

const paths = (query: string) => exactCodeHits(query).hits.map((h) => h.path);
const unknown = (query: string) => exactCodeHits(query).unknown;

describe('the code pages a search for an exact code opens', () => {
	it('finds 0x10 alone, though 0x101 to 0x10b start with it', () => {
		expect(exactCodeHits('0x10')).toEqual({
			hits: [{ path: 'codes/errorinfo/0x10/', title: 'RDP server error info 0x10' }],
			unknown: [],
		});
		expect(paths(' 0X10 ')).toEqual(['codes/errorinfo/0x10/']);
	});

	it('lists every table a number is in, in the order of the tables', () => {
		expect(paths('0x7')).toEqual([
			'codes/extended/0x7/',
			'codes/errorinfo/0x7/',
			'codes/reported/0x7/',
		]);
	});

	it('opens the pair page for 0x904 with 0x7 however they are joined, and each page of another pair', () => {
		for (const query of ['0x904 0x7', '0x904, 0x7', '0x904/0x7', '0x904;0x7', '0x7 0x904'])
			expect(paths(query), query).toEqual(['codes/0x904-0x7/']);
		// The error code from its tables, the extended code from its own.
		expect(paths('0x204 0x0')).toEqual([
			'codes/disconnect/0x204/',
			'codes/extended/0x0/',
			'codes/errorinfo/0x0/',
		]);
		expect(paths('0x204 0x7')).toEqual([
			'codes/disconnect/0x204/',
			'codes/extended/0x7/',
			'codes/errorinfo/0x7/',
		]);
		expect(paths('0x112f 0x904')).toEqual(['codes/errorinfo/0x112f/', 'codes/disconnect/0x904/']);
	});

	it("reads a code as the dialog prints it, in the dialog's languages", () => {
		for (const query of ['Error code: 0x904', 'Fehlercode: 0x904', '(0x904)', '0×904', '０x904'])
			expect(paths(query), query).toEqual(['codes/disconnect/0x904/']);
		expect(paths('Fehlercode: 0x904 Erweiterter Fehlercode: 0x7')).toEqual(['codes/0x904-0x7/']);
	});

	it('finds a code by its whole name as logs print it, in any case', () => {
		expect(paths('ERRINFO_SERVER_DENIED_CONNECTION')).toEqual(['codes/errorinfo/0x7/']);
		expect(paths('errinfo_server_denied_connection')).toEqual(['codes/errorinfo/0x7/']);
		expect(paths('exDiscReasonServerDeniedConnection')).toEqual(['codes/extended/0x7/']);
		expect(paths('exdiscreasonserverdeniedconnection')).toEqual(['codes/extended/0x7/']);
		expect(paths('ERRCONNECT_CONNECT_TRANSPORT_FAILED')).toEqual(['codes/freerdp/0x2000d/']);
	});

	it('names a 0x number in no table, alone or beside a known code', () => {
		expect(exactCodeHits('0xdeadbeef')).toEqual({ hits: [], unknown: ['0xdeadbeef'] });
		expect(unknown('0x3000064')).toEqual(['0x3000064']);
		expect(exactCodeHits('0xDEADBEEF 0x112f')).toEqual({
			hits: [{ path: 'codes/errorinfo/0x112f/', title: 'RDP server error info 0x112f' }],
			unknown: ['0xdeadbeef'],
		});
	});

	it.each([
		['part of a name', 'SERVER_DENIED'],
		['a name in no table', 'ERROR_ACCESS_DENIED'],
		['a bare number, maybe an event ID', '1058'],
		['a decimal code', '2308'],
		['words', 'certificate error'],
		['a word', 'certificate'],
		['a capitalized word', 'Licensing'],
		['an event line', 'event 1058'],
		['a code among other words', 'certificate 0x904'],
	])('offers nothing for %s (%s)', (_, query) => {
		expect(exactCodeHits(query)).toEqual({ hits: [], unknown: [] });
	});

	it('accepts the map the build writes, and refuses anything else', () => {
		expect(isExactCodeMap(JSON.parse(JSON.stringify(map)))).toBe(true);
		for (const bad of [null, [], 'x', { '0x1': [{ path: 1 }] }, { '0x1': {} }])
			expect(isExactCodeMap(bad), JSON.stringify(bad)).toBe(false);
	});

	it('fetches the map only for text that may be a code', () => {
		for (const word of ['certificate', 'Licensing', 'RemoteApp', 'NLA', 'CredSSP', 'mstsc'])
			expect(mayBeCode(word), word).toBe(false);
	});

	it('never throws on odd text, and does not read a long one', () => {
		const odd = ['', '   ', '0x', '0x0x0x', '\u2028', '<script>', '0x'.padEnd(10_000, 'f')];
		for (const query of [...odd, '_'.repeat(5000), '0x1 '.repeat(3000)])
			expect(() => exactCodeHits(query)).not.toThrow();
		expect(mayBeCode(`ERR_${'A_'.repeat(100)}B`)).toBe(false);
	});

	it("finds each code's page by its hex, and by each of its names", () => {
		const missing = entries.flatMap((entry) => {
			const page = `codes/${entry.family}/${toHex(entry.decimal)}/`;
			const queries = [toHex(entry.decimal), ...entry.names.map((n) => n.value)];
			return queries.filter((q) => !paths(q).includes(page)).map((q) => `${q} -> ${page}`);
		});
		expect(missing).toEqual([]);
	});
});

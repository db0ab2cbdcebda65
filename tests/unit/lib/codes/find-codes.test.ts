import { describe, expect, it } from 'vitest';
import {
	buildCodeIndex,
	CODE_PATTERNS,
	findCodes,
	type CodeMention,
} from '../../../../src/lib/codes/find-codes.ts';
import { index } from './data.ts';

const codes = buildCodeIndex(index);
const find = (text: string) => findCodes(text, codes);
const brief = (m: CodeMention) => [m.text, m.ids, m.form];

describe('findCodes: the Remote Desktop Connection dialog', () => {
	// Ctrl+C copy of the dialog, https://github.com/sebaxakerhtc/rdpwrap.ini/issues/305
	const english =
		'[Window Title]\r\nRemote Desktop Connection\r\n\r\n[Expanded Information]\r\nError code: 0x204\r\nExtended error code: 0x0\r\nTimestamp (UTC): 10/16/23 09:18:47 AM';

	it('reads both dialog codes, each in its own table, with CRLF line ends', () => {
		expect(find(english).map(brief)).toEqual([
			['Error code: 0x204', ['disconnect/0x204'], 'error-code-label'],
			['Extended error code: 0x0', ['extended/0x0'], 'extended-label'],
		]);
	});

	it('gives offsets into the input as written', () => {
		for (const m of find(english)) expect(english.slice(m.start, m.end)).toBe(m.text);
	});

	it('tells the label language', () => {
		expect(find(english).map((m) => m.language)).toEqual(['en', 'en']);
	});

	it('reads the pair 0x904 / 0x7 as disconnect 0x904 and extended 0x7, not errorinfo or reported', () => {
		expect(find('Error code: 0x904 Extended error code: 0x7').map((m) => m.ids)).toEqual([
			['disconnect/0x904'],
			['extended/0x7'],
		]);
	});

	it('reads the Chinese dialog (https://github.com/anhkgg/SuperRDP/issues/38)', () => {
		const text =
			'[Expanded Information]\n错误代码： 0x708\n扩展错误代码： 0x0\n时间戳 (UTC)： 11/08/21 11:24:10 AM';
		expect(find(text).map((m) => [m.ids, m.form, m.language])).toEqual([
			[['reported/0x708'], 'error-code-label', 'zh-CN'],
			[['extended/0x0'], 'extended-label', 'zh-CN'],
		]);
	});

	it('reads the Japanese labels with or without the space', () => {
		expect(
			find('エラーコード: 0x904\n拡張エラー コード: 0x7').map((m) => [m.ids, m.language]),
		).toEqual([
			[['disconnect/0x904'], 'ja'],
			[['extended/0x7'], 'ja'],
		]);
	});

	// Languages with no labels listed, as Microsoft's nl-NL, pl-PL and sv-SE string tables print
	// the pair (string 13642 of mstscax.dll.mui; see code-labels.ts), with three kinds of line end.
	it.each([
		['Foutcode: 0x904\nUitgebreide foutcode: 0x7'],
		['Kod błędu: 0x904\r\nRozszerzony kod błędu: 0x7'],
		['Felkod: 0x904\u2028Utökad felkod: 0x7'],
	])('reads two "label: 0x…" lines in a row as the dialog pair in any language: %j', (text) => {
		expect(find(text).map((m) => [m.ids, m.form])).toEqual([
			[['disconnect/0x904'], 'dialog-pair'],
			[['extended/0x7'], 'dialog-pair'],
		]);
	});

	it('keeps a labelled number that is in no table, with no ids', () => {
		expect(find('Error code: 0x3000064').map(brief)).toEqual([
			['Error code: 0x3000064', [], 'error-code-label'],
		]);
	});

	it('reads digits after a dialog label as hex first, as the dialog shows them', () => {
		expect(find('error code 904').map((m) => [m.ids, m.value])).toEqual([
			[['disconnect/0x904'], 2308],
		]);
	});

	it('reads the HRESULT of the authentication dialog', () => {
		const text = 'An authentication error has occurred (Code: 0x80080005).';
		expect(find(text).map(brief)).toEqual([
			['Code: 0x80080005', ['reported/0x80080005'], 'hresult'],
		]);
	});
});

describe('findCodes: event logs', () => {
	it.each([
		['RDP ClientActiveX has been disconnected (Reason= 2308)', 'Reason= 2308', 'disconnect/0x904'],
		['The reason code is 2308', 'reason code is 2308', 'disconnect/0x904'],
		['disconnect reason 516', 'disconnect reason 516', 'disconnect/0x204'],
		[
			'Session 3 has been disconnected, reason code 7',
			'disconnected, reason code 7',
			'extended/0x7',
		],
	])('reads %j as a decimal reason', (text, written, id) => {
		expect(find(text).map(brief)).toEqual([[written, [id], 'reason-number']]);
	});

	// mRemoteNG prints the disconnect reason in decimal before the client's text
	// (https://github.com/mRemoteNG/mRemoteNG/issues/1194, /2486, /1880).
	it.each([
		["RDP disconnected!\n516 Remote Desktop can't connect", 516, ['disconnect/0x204']],
		["RDP disconnected!  50331675 Remote Desktop can't connect", 50331675, ['reported/0x300001b']],
		['RDP disconnected!\n3334 Because of a protocol error', 3334, []],
	])(
		'reads the decimal reason after mRemoteNG\'s "RDP disconnected!" in %j',
		(text, value, ids) => {
			const [m] = find(text);
			expect(m).toMatchObject({ value, ids, form: 'reason-number' });
		},
	);
});

describe('findCodes: FreeRDP, Remmina and negotiation failures', () => {
	it.each([
		[
			// https://github.com/FreeRDP/FreeRDP/issues/9879
			'[ERROR][com.freerdp.core] - transport_connect_tls:freerdp_set_last_error_ex ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]',
			'ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]',
			['freerdp/0x20008'],
			'errconnect-name',
		],
		[
			// https://github.com/FreeRDP/FreeRDP/issues/7059
			'rdp_set_error_info:freerdp_set_last_error_ex ERRINFO_CLOSE_STACK_ON_DRIVER_FAILURE [0x00010011]',
			'ERRINFO_CLOSE_STACK_ON_DRIVER_FAILURE [0x00010011]',
			['errorinfo/0x11'],
			'errinfo-name',
		],
		[
			// https://github.com/FreeRDP/FreeRDP/issues/2041 (FreeRDP 1.2 printed the bare value)
			'[ERROR][com.freerdp.freerdp] - freerdp_set_last_error 0x2000D',
			'0x2000D',
			['freerdp/0x2000d'],
			'bare',
		],
		['failureCode = 2', 'failureCode = 2', ['negotiation/0x2'], 'negotiation-failure'],
		[
			'Protocol Security Negotiation Failure: SSL_NOT_ALLOWED_BY_SERVER [0x00000002]',
			'SSL_NOT_ALLOWED_BY_SERVER [0x00000002]',
			['negotiation/0x2'],
			'negotiation-failure',
		],
		[
			'freerdp_get_last_error() returned 0x2000d',
			'freerdp_get_last_error() returned 0x2000d',
			['freerdp/0x2000d'],
			'freerdp-last-error',
		],
		[
			'ERRINFO_SERVER_DENIED_CONNECTION',
			'ERRINFO_SERVER_DENIED_CONNECTION',
			['errorinfo/0x7'],
			'errinfo-name',
		],
	])('reads %j', (text, written, ids, form) => {
		expect(find(text).map(brief)).toEqual([[written, ids, form]]);
	});

	it('does not read a name inside a longer identifier', () => {
		expect(find('MY_ERRINFO_SERVER_DENIED_CONNECTION_X')).toEqual([]);
	});
});

describe('findCodes: bare numbers', () => {
	it('maps a bare number to every table that has it, dialog tables first', () => {
		expect(find('got 0x7 today').map((m) => m.ids)).toEqual([
			['extended/0x7', 'errorinfo/0x7', 'reported/0x7'],
		]);
	});

	it('skips bare hex that is in no table, and hex inside longer tokens', () => {
		expect(find('pointer 0x3000064, id a0x904, 0x904z')).toEqual([]);
	});

	it('ignores text with no code', () => {
		expect(find('The remote computer is turned off. 12:30 on 10/16/23')).toEqual([]);
	});
});

describe('findCodes: robustness', () => {
	it('reads at most limit characters', () => {
		expect(findCodes('x'.repeat(50) + ' Error code: 0x904', codes, 50)).toEqual([]);
	});

	it('never throws on odd text', () => {
		for (const text of ['', '\u0000\uffff', '\ud800', '0x', 'Error code:', '[0x', '(Code:']) {
			expect(() => find(text)).not.toThrow();
		}
	});

	it('bounds every repetition in its patterns', () => {
		for (const p of CODE_PATTERNS) {
			expect(p.source, p.source).not.toMatch(/(?<!\\)[+*]/);
		}
	});

	it('stays fast on long adversarial text', () => {
		const nasty = [
			'Error code:'.repeat(2000),
			'A'.repeat(20_000),
			'0x'.repeat(10_000),
			'reason '.repeat(3000),
			': 0x1\n'.repeat(3000),
		];
		for (const text of nasty) {
			const t0 = performance.now();
			findCodes(text, codes);
			expect(performance.now() - t0).toBeLessThan(1500);
		}
	});
});

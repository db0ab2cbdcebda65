import { describe, expect, it } from 'vitest';
import { parseQuery, readNumber } from '../../../../src/lib/codes/parse.ts';

describe('readNumber', () => {
	it.each([
		['0x904', [[0x904, 'hex']]],
		['0X904', [[0x904, 'hex']]],
		[
			'904',
			[
				[0x904, 'hex'],
				[904, 'decimal'],
			],
		],
		[
			'2308',
			[
				[0x2308, 'hex'],
				[2308, 'decimal'],
			],
		],
		['00000904', [[0x904, 'hex']]],
		['0x00000904', [[0x904, 'hex']]],
		['112f', [[0x112f, 'hex']]],
		['a07', [[0xa07, 'hex']]],
		['7', [[7, 'hex-and-decimal']]],
		['0x1ffffffff', []],
	] as const)('reads %s as %j', (token, expected) => {
		expect(readNumber(token)?.map((r) => [r.value, r.base])).toEqual(expected);
	});

	it.each(['deadbeefx', 'ERRINFO_NONE', 'abc', 'x'])('returns null for the word %s', (token) => {
		expect(readNumber(token)).toBeNull();
	});
});

describe('parseQuery', () => {
	it.each([
		['', { type: 'empty' }],
		['   ', { type: 'empty' }],
	] as const)('returns empty for %j', (input, expected) => {
		expect(parseQuery(input)).toEqual(expected);
	});

	it.each([
		['0x904 / 0x7', 0x904, 7],
		['0x904/0x7', 0x904, 7],
		['0x904 0x7', 0x904, 7],
		['2308, 7', 2308, 7],
		['Error code: 0x904, Extended error code: 0x7', 0x904, 7],
	])('reads %j as the pair %d with extended %d', (input, main, extended) => {
		const q = parseQuery(input);
		expect(q.type).toBe('pair');
		if (q.type !== 'pair') return;
		expect(q.main.map((r) => r.value)).toContain(main);
		expect(q.extended.map((r) => r.value)).toContain(extended);
	});

	it.each([
		['Reason= 1798', [0x1798, 1798]],
		['RDP ClientActiveX has been disconnected (Reason= 2308)', [0x2308, 2308]],
		['error code 0x204', [0x204]],
	])('finds the one number in %j', (input, values) => {
		const q = parseQuery(input);
		expect(q.type).toBe('single');
		if (q.type === 'single') expect(q.readings.map((r) => r.value)).toEqual(values);
	});

	it.each([
		['exDiscReasonServerDeniedConnection', 'exDiscReasonServerDeniedConnection'],
		['  ERRINFO_SERVER_DENIED_CONNECTION ', 'ERRINFO_SERVER_DENIED_CONNECTION'],
		['<img src=x onerror=alert(1)>', 'onerror'],
		['smart card', 'smart'],
	])('treats %j as a name search for %j', (input, name) => {
		expect(parseQuery(input)).toMatchObject({ type: 'name', name });
	});

	it.each(['!!!', '0x1ffffffff', 'x'])('marks %j as invalid', (input) => {
		expect(parseQuery(input).type).toBe('invalid');
	});
});

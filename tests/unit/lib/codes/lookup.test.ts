import { describe, expect, it } from 'vitest';
import { decode } from '../../../../src/lib/codes/lookup.ts';
import { index } from './data.ts';

const ids = (input: string): string[] => {
	const r = decode(input, index);
	return r.type === 'found' ? r.matches.map((m) => m.entry.id) : [];
};

describe('decode', () => {
	it.each([
		['0x904', ['disconnect/0x904']],
		['904', ['disconnect/0x904']],
		['2308', ['disconnect/0x904']],
		['0x00000904', ['disconnect/0x904']],
		['00000904', ['disconnect/0x904']],
		['disconnectreasonatclientwinsockfdclose', ['disconnect/0x904']],
		['DisconnectReasonAtClientWinsockFDCLOSE', ['disconnect/0x904']],
		['0x7', ['extended/0x7', 'errorinfo/0x7', 'reported/0x7']],
		['exDiscReasonServerDeniedConnection', ['extended/0x7']],
		['ERRINFO_SERVER_DENIED_CONNECTION', ['errorinfo/0x7']],
		['0x204', ['disconnect/0x204']],
		['516', ['disconnect/0x204']],
		['0x112f', ['errorinfo/0x112f']],
		['0x112F', ['errorinfo/0x112f']],
		['ERRINFO_GRAPHICS_SUBSYSTEM_FAILED', ['errorinfo/0x112f']],
		['1798', ['disconnect/0x706']],
		['Reason= 1798', ['disconnect/0x706']],
		['0x1104', ['reported/0x1104']],
		['HYBRID_REQUIRED_BY_SERVER', ['negotiation/0x5']],
	])('finds %s as %j', (input, expected) => {
		expect(ids(input)).toEqual(expected);
	});

	it('shows every table where 260 exists, read as decimal, and says it is ambiguous', () => {
		const r = decode('260', index);
		expect(r.type).toBe('found');
		if (r.type !== 'found') return;
		expect(r.ambiguous).toBe(true);
		expect(r.matches.map((m) => [m.entry.id, m.reading?.base])).toEqual([
			['disconnect/0x104', 'decimal'],
			['extended/0x104', 'decimal'],
			['errorinfo/0x104', 'decimal'],
		]);
	});

	it('lists the hex reading before the decimal reading when bare digits match both ways', () => {
		expect(ids('10')).toEqual(['errorinfo/0x10', 'extended/0xa', 'errorinfo/0xa']);
	});

	it.each([
		['0x904 / 0x7', true],
		['2308, 7', true],
		['0x904 0x7', true],
		['0x204 0x7', false],
	])('decodes the pair %j (known 0x904/0x7 pair: %s)', (input, known) => {
		const r = decode(input, index);
		expect(r.type).toBe('pair');
		if (r.type !== 'pair') return;
		expect(r.isKnownPair).toBe(known);
		expect(r.extended.map((m) => m.entry.id)).toEqual(['extended/0x7', 'errorinfo/0x7']);
	});

	it.each([
		['0x905', '0x905'],
		['0x3000064', '0x3000064'],
		['Error code: 0x3000064', '0x3000064'],
	])('says %j is in no table and offers no numerically near code', (input, text) => {
		expect(decode(input, index)).toEqual({
			type: 'not-found',
			text,
			number: true,
			suggestions: [],
		});
	});

	it.each(['<img src=x onerror=alert(1)>', 'hello', '!!!', 'zzzz'])(
		'answers junk %j with not-found, no codes, echoing the input as given',
		(input) => {
			expect(decode(input, index)).toEqual({
				type: 'not-found',
				text: input.trim(),
				number: false,
				suggestions: [],
			});
		},
	);

	it.each([
		['failureCode = 5', ['negotiation/0x5']],
		['ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]', ['freerdp/0x20008']],
		['[ERROR] - ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]', ['freerdp/0x2000d']],
		['Fehlercode: 0x904', ['disconnect/0x904']],
		['(Reason= 2308)', ['disconnect/0x904']],
		['Extended error code: 0x7', ['extended/0x7']],
	])(
		'reads the code inside the pasted line %j, in the table its label names',
		(input, expected) => {
			expect(ids(input)).toEqual(expected);
		},
	);

	it.each([
		'Error code: 0x904\nExtended error code: 0x7',
		'Fehlercode: 0x904\nErweiterter Fehlercode: 0x7',
	])('reads a pasted dialog %j as the known pair', (input) => {
		const r = decode(input, index);
		expect(r.type).toBe('pair');
		if (r.type !== 'pair') return;
		expect(r.isKnownPair).toBe(true);
		expect(r.main.map((m) => m.entry.id)).toEqual(['disconnect/0x904']);
		expect(r.extended.map((m) => m.entry.id)).toEqual(['extended/0x7']);
		expect(r.unknown).toEqual([]);
	});

	it('names the value of a pasted pair that is in no table', () => {
		const r = decode('Error code: 0x3000064\nExtended error code: 0x0', index);
		expect(r.type === 'pair' && r.unknown).toEqual(['0x3000064']);
	});

	it('suggests codes whose meaning mentions a word that is no code name', () => {
		const r = decode('smart card', index);
		expect(r.type).toBe('not-found');
		if (r.type === 'not-found')
			expect(r.suggestions.map((s) => s.id)).toContain('disconnect/0x2207');
	});

	it('matches part of a name and says the match is partial', () => {
		const r = decode('DeniedConnection', index);
		expect(r.type).toBe('found');
		if (r.type !== 'found') return;
		expect(r.partial).toBe(true);
		expect(r.matches.map((m) => m.entry.id)).toContain('extended/0x7');
	});

	it('returns empty for empty input', () => {
		expect(decode('  ', index)).toEqual({ type: 'empty' });
	});
});

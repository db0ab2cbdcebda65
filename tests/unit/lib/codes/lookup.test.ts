import { describe, expect, it } from 'vitest';
import { decode, POPULAR_IDS } from '../../../../src/lib/codes/lookup.ts';
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

	it('answers an unknown number with the nearest documented codes', () => {
		const r = decode('0x905', index);
		expect(r.type).toBe('not-found');
		if (r.type !== 'not-found') return;
		expect(r.text).toBe('0x905');
		expect(r.suggestions.map((s) => s.id)).toContain('disconnect/0x904');
	});

	it.each(['<img src=x onerror=alert(1)>', 'hello', '!!!', 'zzzz'])(
		'answers junk %j with not-found and the popular codes, echoing the input as given',
		(input) => {
			const r = decode(input, index);
			expect(r.type).toBe('not-found');
			if (r.type !== 'not-found') return;
			expect(r.text).toBe(input.trim());
			expect(r.suggestions.map((s) => s.id)).toEqual(POPULAR_IDS);
		},
	);

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

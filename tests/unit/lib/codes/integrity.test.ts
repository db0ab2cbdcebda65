import { describe, expect, it } from 'vitest';
import { checkCodes } from '../../../../src/lib/codes/integrity.ts';
import { toHex } from '../../../../src/lib/codes/spellings.ts';
import type { CodeEntry } from '../../../../src/schemas/codes.ts';
import { entries, guideIds } from './data.ts';
import { CONTRACT_CAUSES } from '../../../support/cause-ids';

describe('the code tables', () => {
	it('hold every row of the brief: 47 disconnect, 28 extended, 119 errorinfo, 6 negotiation', () => {
		const count = (f: string) => entries.filter((e) => e.family === f).length;
		expect([
			count('disconnect'),
			count('extended'),
			count('errorinfo'),
			count('negotiation'),
		]).toEqual([47, 28, 119, 6]);
		expect(count('reported')).toBeGreaterThanOrEqual(5);
	});

	it('agree on hex and decimal for every entry', () => {
		for (const e of entries) expect(`${e.id} ${e.hex}`).toBe(`${e.id} ${toHex(e.decimal)}`);
	});

	it('have ids unique within each family and equal to family/hex', () => {
		const ids = entries.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const e of entries) expect(e.id).toBe(`${e.family}/${e.hex}`);
	});

	it('name only causes that are guide files, and the guide files are the contract ids', () => {
		expect([...guideIds].sort()).toEqual([...CONTRACT_CAUSES].sort());
		for (const e of entries)
			for (const c of e.causes) expect(guideIds, `${e.id} names ${c}`).toContain(c);
	});

	it('pass the build-time check without a problem', () => {
		expect(checkCodes(entries, guideIds)).toEqual([]);
	});

	it('publish the MS-RDPBCGR name first and the FreeRDP name as an alias', () => {
		const e = entries.find((x) => x.id === 'errorinfo/0x112f');
		expect(e?.names.map((n) => [n.origin, n.value])).toEqual([
			['ms-rdpbcgr', 'ERRINFO_GRAPHICSSUBSYSTEMFAILED'],
			['freerdp', 'ERRINFO_GRAPHICS_SUBSYSTEM_FAILED'],
		]);
	});

	it('give each reported code a source and leave no meaning-free entry marked official', () => {
		for (const e of entries.filter((x) => x.family === 'reported')) {
			expect(e.sources.length).toBeGreaterThan(0);
			expect(e.evidence).not.toBe('official');
		}
	});
});

const good: CodeEntry = {
	id: 'disconnect/0x904',
	family: 'disconnect',
	hex: '0x904',
	decimal: 2308,
	names: [],
	meaning: 'The socket closed under the client.',
	seenIn: ['dialog-error-code'],
	causes: ['certificate'],
	sources: [{ title: 'A source', url: 'https://example.org/', publisher: 'microsoft' }],
	evidence: 'official',
};

describe('checkCodes', () => {
	it.each([
		['hex and decimal disagree', [{ ...good, decimal: 904 }], /disagree; 904 is 0x388/],
		[
			'the id does not match family/hex',
			[{ ...good, id: 'extended/0x904' }],
			/the id must be disconnect\/0x904/,
		],
		['an id is listed twice', [good, good], /listed twice/],
		['a cause has no guide', [{ ...good, causes: ['gremlins'] }], /cause "gremlins" has no guide/],
	])('reports a problem when %s', (_name, list, message) => {
		const problems = checkCodes(list, ['certificate']);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(message);
	});
});

import { describe, expect, it } from 'vitest';
import {
	codeUrl,
	spellingsOf,
	toHex,
	toPaddedHex,
	unlistedPrefixWords,
} from '../../../../src/lib/codes/spellings.ts';
import { codeTitle, firstSentence } from '../../../../src/lib/codes/titles.ts';

describe('spellings', () => {
	it.each([
		[0, '0x0', '0x00000000'],
		[2308, '0x904', '0x00000904'],
		[4399, '0x112f', '0x0000112f'],
		[0x80080005, '0x80080005', '0x80080005'],
	])('writes %d as %s and %s', (value, hex, padded) => {
		expect(toHex(value)).toBe(hex);
		expect(toPaddedHex(value)).toBe(padded);
	});

	it('lists every spelling of a code once, names last', () => {
		expect(
			spellingsOf({ decimal: 4399, names: [{ value: 'ERRINFO_X', origin: 'ms-rdpbcgr' }] }),
		).toEqual(['0x112f', '0x112F', '112f', '4399', '0x0000112f', 'ERRINFO_X']);
		expect(spellingsOf({ decimal: 7, names: [] })).toEqual(['0x7', '7', '0x00000007']);
	});

	it.each([
		['/', '/codes/disconnect/0x904/'],
		['/docs/', '/docs/codes/disconnect/0x904/'],
		['/docs', '/docs/codes/disconnect/0x904/'],
	])('builds the code URL under the base %s', (base, url) => {
		expect(codeUrl('disconnect/0x904', base)).toBe(url);
	});

	it('sends a code in no table to the one page on such codes', () => {
		expect(codeUrl('not-in-tables/0xd06', '/docs/')).toBe('/docs/codes/not-in-tables/');
	});

	it('titles a code with the noun people use for its field', () => {
		expect(codeTitle({ family: 'extended', hex: '0x7' })).toBe('RDP extended error code 0x7');
	});

	it('keeps the first sentence only', () => {
		expect(firstSentence('Socket closed. Read the logs.')).toBe('Socket closed.');
		expect(firstSentence('No full stop')).toBe('No full stop');
	});
});

describe('unlistedPrefixWords', () => {
	const words = unlistedPrefixWords([0x300, 0x3000046, 0x10, 0x1]);

	it('holds a longer prefix of an unlisted number than the code it starts with', () => {
		expect(words).toContain('0x3000');
		expect(words).toContain('300a');
	});

	it('adds no all-digit word, which would catch searches for event IDs', () => {
		expect(words.filter((w) => /^[0-9]+$/.test(w))).toEqual([]);
	});

	it('never holds a spelling of a listed code', () => {
		expect(words).not.toContain('0x10');
		expect(words).not.toContain('10');
		expect(words).not.toContain('0x300');
	});
});

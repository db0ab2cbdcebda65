import { describe, expect, test } from 'vitest';
import {
	DECODER_MAX_CHARS,
	readDecoderInput,
	unreadNotice,
} from '../../../../src/lib/codes/decoder-input.ts';
import { decode } from '../../../../src/lib/codes/lookup.ts';
import { index } from './data.ts';

describe('readDecoderInput', () => {
	test('reads an input up to the cap whole', () => {
		const input = 'x'.repeat(DECODER_MAX_CHARS);
		expect(readDecoderInput(input)).toEqual({ read: input, total: DECODER_MAX_CHARS, unread: 0 });
		expect(readDecoderInput('')).toEqual({ read: '', total: 0, unread: 0 });
	});

	test('reads the 1.2 MB paste only up to the cap, and counts what it left out', () => {
		const input = '0x904 '.repeat(200_000);
		const { read, total, unread } = readDecoderInput(input);
		expect(total).toBe(1_200_000);
		expect(read.length).toBeLessThanOrEqual(DECODER_MAX_CHARS);
		expect(read.length).toBeGreaterThan(DECODER_MAX_CHARS - 6);
		expect(read.length + unread).toBe(total);
		expect(input.startsWith(read)).toBe(true);
	});

	test('cuts before a token the cap would split, so 0x904 is never read as 0x9', () => {
		expect(readDecoderInput('0x7 0x904', 6).read).toBe('0x7');
		expect(readDecoderInput('0x7 0x904 1', 9).read).toBe('0x7 0x904');
		expect(readDecoderInput('Error code: 0x904', 13).read).toBe('Error code:');
	});

	test('cuts at the cap inside one long word, never between the halves of a surrogate pair', () => {
		expect(readDecoderInput('abcdefgh', 5)).toEqual({ read: 'abcde', total: 8, unread: 3 });
		// '😀' is two UTF-16 units; a cap of 3 would keep its first half.
		expect(readDecoderInput('ab😀cd', 3).read).toBe('ab');
		expect(readDecoderInput('a😀😀', 2).read).toBe('a');
	});

	test('takes a cap below 1 as 1 and never throws on odd text', () => {
		expect(readDecoderInput('0x904', 0).read).toBe('0');
		expect(readDecoderInput('\u2028'.repeat(10), 4).read).toBe('\u2028'.repeat(4));
	});

	test('the part read of the 1.2 MB paste still decodes to error code 0x904', () => {
		const result = decode(readDecoderInput('0x904 '.repeat(200_000)).read, index);
		expect(result.type).toBe('pair');
		if (result.type !== 'pair') return;
		expect(result.main.map((m) => m.entry.id)).toContain('disconnect/0x904');
	});
});

describe('unreadNotice', () => {
	test('says how much was read and how much was not', () => {
		expect(unreadNotice(readDecoderInput('0x904 '.repeat(200_000)))).toBe(
			'Only the first 3,995 of 1,200,000 characters were read; the last 1,196,005 were not. Paste just the line with the code.',
		);
	});

	test('says nothing when the whole input was read', () => {
		expect(unreadNotice(readDecoderInput('0x904 / 0x7'))).toBeUndefined();
	});
});

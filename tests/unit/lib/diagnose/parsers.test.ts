import { describe, expect, it } from 'vitest';
import { isPast, latestReading } from '../../../../src/lib/diagnose/dates.ts';
import { parseEvents } from '../../../../src/lib/diagnose/events.ts';
import { stripTags } from '../../../../src/lib/diagnose/events-xml.ts';
import { excerpt } from '../../../../src/lib/diagnose/excerpt.ts';
import { lineAt, MAX_LINE, splitLines } from '../../../../src/lib/diagnose/lines.ts';
import { normalizeKey, parseRegistry, sameData } from '../../../../src/lib/diagnose/registry.ts';
import { pasteFixture } from '../../../support/diagnose-index.ts';

const events = (text: string) => parseEvents(text, splitLines(text));

describe('splitting lines', () => {
	it.each([
		{ input: 'a\nb', lines: ['a', 'b'] },
		{ input: 'a\r\nb\r\n', lines: ['a', 'b'] },
		{ input: 'a\rb', lines: ['a', 'b'] },
		{ input: '', lines: [''] },
		{ input: '\n\n', lines: ['', ''] },
		{ input: 'a\u2028b\u2029c', lines: ['a', 'b', 'c'] },
	])('splits $input into $lines', ({ input, lines }) => {
		expect(splitLines(input).text).toEqual(lines);
	});

	it('caps long lines for regex work but keeps their offsets', () => {
		const lines = splitLines(`${'x'.repeat(MAX_LINE * 2)}\nshort`);
		expect(lines.text[0]).toHaveLength(MAX_LINE);
		expect(lines.starts[1]).toBe(MAX_LINE * 2 + 1);
		expect(lineAt(lines, MAX_LINE * 2 + 3)).toBe(2);
	});
});

describe('reading printed dates', () => {
	const now = new Date('2026-11-22T00:00:00Z');
	it.each([
		{ text: '3/14/2026 5:00:00 AM', past: true },
		{ text: '2026-03-14 05:00:00', past: true },
		{ text: '14.03.2026 05:00:00', past: true },
		{ text: '5/2/2027 5:00:00 AM', past: false },
		{ text: '11/21/2026 11:00:00 PM', past: false },
		{ text: 'next Tuesday', past: false },
		{ text: '31/02/2026', past: false },
		{ text: '3/14/2026     5:00:00 PM', past: true },
		{ text: '3/14/20261', past: false },
	])('$text is past: $past', ({ text, past }) => {
		expect(isPast(text, now)).toBe(past);
	});

	it('reads an ambiguous day and month as the later of the two dates', () => {
		expect(new Date(latestReading('3/4/2026')!).toISOString().slice(0, 10)).toBe('2026-04-03');
	});
});

describe('reading reg query output', () => {
	it('keeps each value with the key printed above it', () => {
		const values = parseRegistry(splitLines(pasteFixture('reg-schannel-tls12-server-off.txt')));
		expect(
			values.map((v) => `${v.key.split('\\').slice(-2).join('\\')} ${v.name}=${v.data}`),
		).toEqual([
			'ssl 2.0\\client DisabledByDefault=0x1',
			'tls 1.2\\client Enabled=0x1',
			'tls 1.2\\client DisabledByDefault=0x0',
			'tls 1.2\\server Enabled=0x0',
			'tls 1.2\\server DisabledByDefault=0x1',
		]);
	});

	it.each([
		{ a: '0x0', b: '0x00000000', same: true },
		{ a: '0x1', b: '1', same: true },
		{ a: '0x4', b: '0x1', same: false },
		{ a: 'Remote Desktop', b: 'remote desktop', same: true },
	])('$a and $b are the same data: $same', ({ a, b, same }) => {
		expect(sameData(a, b)).toBe(same);
	});

	it('expands hive abbreviations', () => {
		expect(normalizeKey('HKLM\\SYSTEM\\X\\')).toBe('hkey_local_machine\\system\\x');
	});

	it('drops every trailing backslash and the spaces around them', () => {
		expect(normalizeKey(' HKLM\\SYSTEM\\X\\\\\\  ')).toBe('hkey_local_machine\\system\\x');
	});
});

describe('reading events', () => {
	it('reads an Event Viewer text event with its provider, channel and message', () => {
		expect(events(pasteFixture('schannel-36871-10013-event-viewer.txt'))).toEqual([
			expect.objectContaining({
				eventId: 36871,
				provider: 'Schannel',
				channel: 'System',
				lines: { start: 1, end: 11 },
			}),
		]);
	});

	it('reads several events in one paste, each with its own lines', () => {
		const read = events(pasteFixture('several-tls-events-event-viewer.txt'));
		expect(read.map((e) => [e.eventId, e.lines.start, e.lines.end])).toEqual([
			[36888, 1, 11],
			[36874, 13, 23],
			[40, 25, 35],
		]);
	});

	it('reads Format-List output, continuation lines included', () => {
		const [event] = events(pasteFixture('schannel-36887-alert-40-format-list.txt'));
		expect(event).toMatchObject({ eventId: 36887, provider: 'Schannel', channel: undefined });
		expect(event?.message).toContain('code is 40');
	});

	it('joins an "Event Xml:" section to the text event above it', () => {
		const read = events(pasteFixture('several-certificate-events-with-xml.txt'));
		expect(read.map((e) => e.eventId)).toEqual([36870, 1057]);
		expect(read[0]?.lines).toEqual({ start: 1, end: 25 });
	});

	it('reads XML exported on one line, message included', () => {
		const [event] = events(pasteFixture('event-xml-1058-access-denied.xml'));
		expect(event).toMatchObject({
			eventId: 1058,
			channel: 'System',
			provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
		});
		expect(event?.message).toContain('Access is denied');
	});

	it.each([
		{ text: '<Data>a</Data><Data>b</Data>', out: ' a  b ' },
		{ text: 'x < y', out: 'x < y' },
		{ text: '<<a>', out: ' ' },
		{ text: `<${'‹'.repeat(600)}>rest`, out: `<${'‹'.repeat(600)}>rest` },
		{ text: `<${'a'.repeat(500)}>rest`, out: ' rest' },
		{ text: 'a>b<c', out: 'a>b<c' },
	])('turns tags into spaces, as the regex <[^>]{0,500}> did: $out', ({ text, out }) => {
		expect(stripTags(text)).toBe(out);
	});

	it('ignores events without a provider or channel', () => {
		expect(events('Event ID: 1058\nDescription:\nAccess is denied')).toEqual([]);
	});
});

describe('the excerpt the view shows', () => {
	it('marks matched lines, keeps one line of context and counts the gaps', () => {
		const lines = splitLines(['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n'));
		expect(excerpt(lines, [{ start: 4, end: 4 }])).toEqual([
			{ type: 'gap', count: 2 },
			{ type: 'line', number: 3, text: 'c', marked: false },
			{ type: 'line', number: 4, text: 'd', marked: true },
			{ type: 'line', number: 5, text: 'e', marked: false },
			{ type: 'gap', count: 2 },
		]);
	});
});

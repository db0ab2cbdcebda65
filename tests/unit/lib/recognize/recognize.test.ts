import { describe, expect, it } from 'vitest';
import { fold } from '../../../../src/lib/recognize/fold.ts';
import { recognize } from '../../../../src/lib/recognize/recognize.ts';
import { realCodeTables } from './code-tables.ts';

const codes = realCodeTables().index;
const MSG_1058 =
	'The RD Session Host Server has failed to replace the expired self signed certificate used for RD Session Host Server authentication on TLS connection. The relevant status code was Access is denied.';

describe('fold', () => {
	it('lower-cases, straightens quotes and collapses white space, keeping offsets', () => {
		const input = 'Can\u2019t\r\n  CONNECT\u2028now';
		const { text, origin } = fold(input);
		expect(text).toBe("can't connect now");
		expect(input[origin[text.indexOf('connect')]!]).toBe('C');
	});
});

describe('events in every shape a person copies them', () => {
	const shapes: [string, string][] = [
		[
			'Event Viewer text',
			`Log Name:      System\nSource:        Microsoft-Windows-TerminalServices-RemoteConnectionManager\nDate:          11/20/2026 9:12:44 AM\nEvent ID:      1058\nTask Category: None\nLevel:         Error\nDescription:\n${MSG_1058}`,
		],
		[
			'Get-WinEvent | Format-List',
			`TimeCreated  : 11/20/2026 9:12:44 AM\nProviderName : Microsoft-Windows-TerminalServices-RemoteConnectionManager\nId           : 1058\nLevelDisplayName : Error\nMessage      : ${MSG_1058}`,
		],
		[
			'wevtutil qe /f:text',
			`Event[0]:\n  Log Name: System\n  Source: Microsoft-Windows-TerminalServices-RemoteConnectionManager\n  Date: 2026-11-20T09:12:44.123\n  Event ID: 1058\n  Task: N/A\n  Level: Error\n  Description: \n${MSG_1058}`,
		],
		[
			'the XML view',
			`<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-TerminalServices-RemoteConnectionManager" /><EventID>1058</EventID><Level>2</Level><TimeCreated SystemTime="2026-11-20T09:12:44.123Z" /><Channel>System</Channel></System><EventData><Data>Access is denied.</Data></EventData></Event>`,
		],
		['a bare Event ID with its description', `Event ID: 1058\n${MSG_1058}`],
	];

	it.each(shapes)(
		'%s: event 1058 of RemoteConnectionManager, with its level when shown',
		(name, text) => {
			const [event] = recognize(text, {}).events;
			expect(event).toMatchObject({
				id: 1058,
				provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
			});
			if (!name.startsWith('a bare')) expect(event!.level).toMatch(/^(Error|2)$/);
			expect(event!.start).toBeGreaterThanOrEqual(0);
			expect(event!.end).toBeLessThanOrEqual(text.length);
		},
	);

	it('marks the provider of a bare Event ID as inferred, and keeps none for an unknown message', () => {
		expect(recognize(`Event ID: 1058\n${MSG_1058}`, {}).events[0]?.inferred).toBe(true);
		expect(recognize('Event ID: 1058\nSomething else happened.', {}).events).toEqual([]);
	});

	it('starts a new event at each wevtutil Event[n] line', () => {
		const one = `  Source: Schannel\n  Event ID: 36874\n  Description: none of the cipher suites supported by the client application are supported by the server.`;
		expect(recognize(`Event[0]:\n${one}\nEvent[1]:\n${one}`, {}).events.map((e) => e.id)).toEqual([
			36874, 36874,
		]);
	});
});

describe('sentences, codes, clients and languages', () => {
	it('finds a dialog sentence across line breaks, curly quotes and a host name', () => {
		const text =
			'Remote Desktop can\u2019t connect to the remote computer "rds01" for one of these reasons:\r\n1) Your user account is not listed in the RD\nGateway\u2019s permission list';
		const ids = recognize(text, {}).sentences.map((s) => s.sentence.id);
		expect(ids).toContain('gateway-permission-list');
	});

	it('reports where each mention is, as offsets into the text', () => {
		const text = 'xx\nError code: 0x204\nExtended error code: 0x0\nyy';
		const r = recognize(text, { codes });
		expect(r.codes.map((c) => text.slice(c.start, c.end))).toEqual([
			'Error code: 0x204',
			'Extended error code: 0x0',
		]);
		expect(r.client).toBe('mstsc');
		expect(r.languages).toEqual(['en']);
	});

	it.each([
		['(remmina:31084): Gtk-WARNING\n[ERROR][com.freerdp.core] - x', 'remmina'],
		['[ERROR][com.freerdp.core] - ERRCONNECT_CONNECT_FAILED [0x00020006]', 'freerdp'],
		['RDP disconnected!\n516 Remote Desktop can\u2019t connect', 'mremoteng'],
		['We couldn\u2019t connect to the remote PC.\nError code: 0x204', 'windows-app-macos'],
		['The Remote Desktop Connection Broker is not ready for RPC communication.', undefined],
	])('%j was printed by %s', (text, client) => {
		expect(recognize(text, {}).client).toBe(client);
	});

	it('reads the Japanese dialog labels as Japanese', () => {
		expect(recognize('エラー コード: 0x904\n拡張エラー コード: 0x7', { codes }).languages).toEqual([
			'ja',
		]);
	});

	it.each([
		['', 'empty'],
		['\u0000\uD800<Event <Event', 'odd'],
		['x'.repeat(100_000), 'long'],
	])('never throws on %j (%s) and finds nothing there', (text) => {
		const r = recognize(text, { codes });
		expect(r.sentences).toEqual([]);
		expect(r.events).toEqual([]);
	});
});

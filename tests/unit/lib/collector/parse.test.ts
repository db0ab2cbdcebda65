import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../../src/lib/diagnose/lines.ts';
import { readCollector } from '../../../../src/lib/collector/reading.ts';
import { collectorFixture } from '../../../support/collector.ts';

const read = (text: string) => readCollector(splitLines(text));
const healthy = collectorFixture('healthy.txt');

describe('readCollector', () => {
	it('finds no block in a paste without the header', () => {
		expect(read('Error code: 0x904\nExtended error code: 0x7')).toBeUndefined();
	});

	it('reads a block pasted after a PowerShell prompt, with Windows line ends', () => {
		const r = read(`PS C:\\> .\\rdp-collect.ps1\r\n${healthy.replace(/\n/g, '\r\n')}`);
		expect(r?.type).toBe('read');
		if (r?.type !== 'read') return;
		expect(r).toMatchObject({ version: 1, format: 1, line: 2, mode: 'server', complete: true });
		expect(r.entries).toBeGreaterThan(80);
		expect(r.unread).toEqual([]);
	});

	it('names a format older than it reads as too old, with the way to update', () => {
		const r = read('# rdp-troubleshooter collector 0 (format 0)\n[run]\nmode=server\n# end');
		expect(r).toMatchObject({ type: 'unsupported', version: 0, format: 0 });
		expect(r?.type === 'unsupported' && r.message).toMatch(
			/no longer reads: download the current collector/,
		);
	});

	it('asks for a reload when the format is newer than the page', () => {
		const r = read('# rdp-troubleshooter collector 9 (format 9)\n[run]\nmode=server');
		expect(r?.type === 'unsupported' && r.message).toMatch(/reload the page/);
	});

	it('still reads output from an older collector that writes a format it knows', () => {
		const r = read(healthy.replace('collector 1 (format 1)', 'collector 0 (format 1)'));
		expect(r).toMatchObject({ type: 'read', version: 0, outdated: true });
	});

	it('says when the block was cut off before # end', () => {
		const cut = healthy.slice(0, healthy.indexOf('[events]'));
		const r = read(cut);
		expect(r?.type === 'read' && r.complete).toBe(false);
	});

	it('lists lines it does not understand instead of dropping them', () => {
		const text = healthy
			.replace('[listen]', '[listen]\nGet-NetTCPConnection : Access denied')
			.replace('# end', '[bogus]\nx=1\n# end');
		const r = read(text);
		expect(r?.type === 'read' && r.unread.map((u) => u.text)).toEqual([
			'Get-NetTCPConnection : Access denied',
			'[bogus]',
			'x=1',
		]);
	});

	it('lists a value that does not fit the format as not understood', () => {
		const r = read(healthy.replace('qwinsta.sessions=1', 'qwinsta.sessions=many'));
		expect(r?.type === 'read' && r.unread.map((u) => u.text)).toEqual(['qwinsta.sessions=many']);
	});

	it('keeps every read error with what failed and why', () => {
		const r = read(healthy);
		expect(r?.type === 'read' && r.errors.map((e) => e.what)).toEqual([
			'machinekeys.keyfile',
			'log Microsoft-Windows-TerminalServices-SessionBroker/Operational',
			'log Microsoft-Windows-TerminalServices-SessionBroker-Client/Operational',
		]);
	});

	it('gives the signatures registry values with the hive spelled out and events with their log', () => {
		const r = read(healthy);
		if (r?.type !== 'read') throw new Error('not read');
		expect(r.registry).toContainEqual(
			expect.objectContaining({
				key: 'hkey_local_machine\\system\\currentcontrolset\\control\\terminal server',
				name: 'fDenyTSConnections',
				data: '0',
			}),
		);
		expect(r.registry.some((v) => v.data.startsWith('('))).toBe(false);
		expect(r.events).toContainEqual(
			expect.objectContaining({
				eventId: 261,
				channel: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
			}),
		);
	});

	it.each([
		'',
		'# rdp-troubleshooter collector 1 (format 1)',
		'# rdp-troubleshooter collector 1 (format 1)\n[events]\nevent=|||||\nlog=\n=\n[registry]\nnoslash=1\n\\=2',
		'# rdp-troubleshooter collector 99999 (format 1)\n'.repeat(3),
		`# rdp-troubleshooter collector 1 (format 1)\n[run]\ncollected=yesterday\ndays=-\n${'x'.repeat(5000)}`,
	])('never throws on odd text (%#)', (text) => {
		expect(() => read(text)).not.toThrow();
	});
});

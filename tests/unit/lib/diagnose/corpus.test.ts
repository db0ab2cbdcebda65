import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/lib/diagnose/diagnose.ts';
import { decodeWalk, encodeWalk } from '../../../../src/lib/tree/url-state.ts';
import { currentNode } from '../../../../src/lib/tree/walk.ts';
import { NOW, pasteFixture, realDiagnoseIndex } from '../../../support/diagnose-index.ts';

const index = realDiagnoseIndex();

/**
 * Every sample of tests/fixtures/paste/ with what the paste must show: the first candidate
 * (null: no cause), whether it clearly wins, and the node "continue in the tree" opens.
 */
const CORPUS: readonly { file: string; top: string | null; clear: boolean; opens: string }[] = [
	{
		file: 'schannel-36874-event-viewer.txt',
		top: 'tls-ciphers',
		clear: true,
		opens: 'o-tls-ciphers',
	},
	{
		file: 'schannel-36871-10013-event-viewer.txt',
		top: 'tls-ciphers',
		clear: true,
		opens: 'o-tls-ciphers',
	},
	{
		file: 'schannel-36887-alert-40-format-list.txt',
		top: 'tls-ciphers',
		clear: false,
		opens: 'o-tls-ciphers',
	},
	{
		file: 'schannel-36888-event-viewer.txt',
		top: 'tls-ciphers',
		clear: true,
		opens: 'o-tls-ciphers',
	},
	{
		file: 'several-tls-events-event-viewer.txt',
		top: 'tls-ciphers',
		clear: true,
		opens: 'o-tls-ciphers',
	},
	{ file: 'event-xml-36874.xml', top: 'tls-ciphers', clear: true, opens: 'o-tls-ciphers' },
	{
		file: 'reg-schannel-tls12-server-off.txt',
		top: 'tls-ciphers',
		clear: true,
		opens: 'o-tls-ciphers',
	},
	{
		file: 'rcm-1057-keyset-event-viewer.txt',
		top: 'machinekeys',
		clear: false,
		opens: 'machinekeys-acl',
	},
	{
		file: 'rcm-1058-access-denied-event-viewer.txt',
		top: 'machinekeys',
		clear: true,
		opens: 'o-machinekeys',
	},
	{
		file: 'event-xml-1058-access-denied.xml',
		top: 'machinekeys',
		clear: true,
		opens: 'o-machinekeys',
	},
	{
		file: 'rcm-1058-object-exists-format-list.txt',
		top: 'certificate',
		clear: false,
		opens: 'machinekeys-acl',
	},
	{
		file: 'several-certificate-events-with-xml.txt',
		top: 'machinekeys',
		clear: false,
		opens: 'machinekeys-acl',
	},
	{ file: 'certificate-expired.txt', top: 'certificate', clear: true, opens: 'o-certificate' },
	{ file: 'dialog-credssp.txt', top: 'nla-credssp', clear: true, opens: 'o-client-credssp' },
	// The registry shows the policy, not the dialog: whether the error names CredSSP is asked.
	{
		file: 'reg-credssp-force-updated.txt',
		top: 'nla-credssp',
		clear: true,
		opens: 'client-credssp',
	},
	{ file: 'test-netconnection-failed.txt', top: 'network-path', clear: false, opens: 'by-ip' },
	{
		file: 'test-netconnection-name-resolution.txt',
		top: 'network-path',
		clear: true,
		opens: 'o-network-dns',
	},
	{ file: 'qwinsta-no-listener.txt', top: 'listener', clear: true, opens: 'o-listener' },
	{ file: 'netstat-anob-pid-4.txt', top: 'listener', clear: true, opens: 'o-listener' },
	{ file: 'reg-policy-deny-connections.txt', top: 'listener', clear: true, opens: 'o-listener' },
	{
		file: 'reg-rdp-tcp-security-layer-0.txt',
		top: 'security-layer',
		clear: false,
		opens: 'o-security-layer',
	},
	{
		file: 'reg-rdp-tcp-fips-level.txt',
		top: 'security-layer',
		clear: true,
		opens: 'o-security-layer',
	},
	{ file: 'licensing-1069-format-list.txt', top: 'licensing', clear: true, opens: 'o-licensing' },
	{
		file: 'connection-flood-1006-format-list.txt',
		top: 'connection-limits',
		clear: true,
		opens: 'o-connection-limits',
	},
	{
		file: 'broker-2056-event-viewer.txt',
		top: 'gateway-broker',
		clear: true,
		opens: 'o-gateway-broker-db',
	},
	{ file: 'azure-ip-flow-deny.txt', top: 'azure-vm', clear: true, opens: 'o-azure-nsg' },
	// Generic evidence: real RDP output that names no single cause.
	{ file: 'dialog-0x904.txt', top: null, clear: false, opens: 'gateway' },
	{ file: 'client-1026-reason-2308-format-list.txt', top: null, clear: false, opens: 'gateway' },
	{ file: 'lsm-40-reason-7-event-viewer.txt', top: null, clear: false, opens: 'gateway' },
	{ file: 'test-netconnection-succeeded.txt', top: null, clear: false, opens: 'gateway' },
	{ file: 'qwinsta-with-listener.txt', top: null, clear: false, opens: 'gateway' },
	{ file: 'certificate-valid.txt', top: null, clear: false, opens: 'gateway' },
	{ file: 'reg-rdp-tcp-defaults.txt', top: null, clear: false, opens: 'gateway' },
];

/** Unrelated logs: nothing may match, no answer may be settled. */
const NEGATIVE = [
	'negative-service-control-manager.txt',
	'negative-iis-log.txt',
	'negative-ipconfig.txt',
	'negative-hostile-markup.txt',
];

describe('the paste corpus', () => {
	it('holds at least 25 samples with an expectation, and every fixture file is used', () => {
		expect(CORPUS.length).toBeGreaterThanOrEqual(25);
		const used = new Set([...CORPUS.map((c) => c.file), ...NEGATIVE]);
		expect(readdirSync('tests/fixtures/paste').filter((f) => !used.has(f))).toEqual([]);
	});

	it.each(CORPUS)(
		'$file ranks $top first (clear: $clear) and opens the tree at $opens',
		({ file, top, clear, opens }) => {
			const result = diagnose(pasteFixture(file), index, NOW);
			expect(result.candidates[0]?.cause.id ?? null).toBe(top);
			expect(result.clear).toBe(clear);
			expect(result.plan.opens.id).toBe(opens);
			// The walk survives the tree's own URL decoder and lands on the same node.
			const decoded = decodeWalk(index.tree, encodeWalk(result.plan.walk));
			expect(decoded.type).toBe('ok');
			expect(currentNode(index.tree, decoded.walk).id).toBe(opens);
			// Every candidate shows evidence with line ranges inside the paste.
			for (const candidate of result.candidates) {
				expect(candidate.evidence.length).toBeGreaterThan(0);
				for (const { hit } of candidate.evidence) {
					for (const range of hit.ranges) {
						expect(range.start).toBeGreaterThanOrEqual(1);
						expect(range.end).toBeLessThanOrEqual(result.lines.text.length);
					}
				}
				expect(candidate.reason.length).toBeGreaterThan(20);
			}
		},
	);

	it.each(NEGATIVE)('%s matches nothing and settles nothing', (file) => {
		const result = diagnose(pasteFixture(file), index, NOW);
		expect(result.candidates).toEqual([]);
		expect(result.settlement.answers.size).toBe(0);
		expect(result.plan.steps).toEqual([]);
	});
});

describe('what the evidence settles', () => {
	const cases: readonly { file: string; settled: Record<string, 'yes' | 'no'> }[] = [
		{
			file: 'schannel-36874-event-viewer.txt',
			settled: { 'tls-events': 'yes', 'port-open': 'yes' },
		},
		{ file: 'schannel-36871-10013-event-viewer.txt', settled: { 'tls-events': 'yes' } },
		{ file: 'rcm-1057-keyset-event-viewer.txt', settled: { 'cert-events': 'yes' } },
		{ file: 'test-netconnection-failed.txt', settled: { 'port-open': 'no' } },
		{ file: 'test-netconnection-succeeded.txt', settled: { 'port-open': 'yes' } },
		{ file: 'qwinsta-no-listener.txt', settled: { 'listener-up': 'no' } },
		{ file: 'dialog-0x904.txt', settled: { 'client-credssp': 'no' } },
		{ file: 'dialog-credssp.txt', settled: { 'client-credssp': 'yes' } },
		{ file: 'broker-2056-event-viewer.txt', settled: { gateway: 'yes', 'broker-events': 'yes' } },
		{ file: 'reg-rdp-tcp-fips-level.txt', settled: { 'security-settings': 'yes' } },
		// SecurityLayer 0 is also Microsoft's temporary test setting: evidence for the cause, no answer.
		{ file: 'reg-rdp-tcp-security-layer-0.txt', settled: {} },
	];
	it.each(cases)('$file settles exactly $settled', ({ file, settled }) => {
		const result = diagnose(pasteFixture(file), index, NOW);
		const got = Object.fromEntries(
			[...result.settlement.answers.values()].map((s) => [s.question, s.answer]),
		);
		expect(got).toEqual(settled);
	});

	it('marks the steps the paste settled as evidence and the others as unknown or assumed', () => {
		const result = diagnose(pasteFixture('schannel-36874-event-viewer.txt'), index, NOW);
		expect(result.plan.steps.map((s) => `${s.at}:${s.move}:${s.kind}`)).toEqual([
			'gateway:unsure:unknown',
			'port-open:yes:evidence',
			'other-client:unsure:unknown',
			'localhost:unsure:unknown',
			'recent-update:unsure:unknown',
			'cert-events:unsure:unknown',
			'tls-events:yes:evidence',
		]);
	});

	it('leaves a question open when the evidence answers it both ways', () => {
		const paste = `${pasteFixture('schannel-36874-event-viewer.txt')}\n${pasteFixture('test-netconnection-failed.txt')}`;
		const result = diagnose(paste, index, NOW);
		expect(result.settlement.conflicts).toEqual(['port-open']);
		expect(result.settlement.answers.has('port-open')).toBe(false);
	});

	it('lists settled answers the walk does not reach', () => {
		const result = diagnose(pasteFixture('test-netconnection-succeeded.txt'), index, NOW);
		expect(result.alsoSettled.map((s) => `${s.question}=${s.answer}`)).toEqual(['port-open=yes']);
	});
});

describe('dates decide certificate expiry against the given now', () => {
	it.each([
		{ now: '2026-11-22T00:00:00Z', expired: true },
		{ now: '2026-03-01T00:00:00Z', expired: false },
	])('a NotAfter of 3/14/2026 is expired: $expired when now is $now', ({ now, expired }) => {
		const result = diagnose(pasteFixture('certificate-expired.txt'), index, new Date(now));
		expect(result.candidates.some((c) => c.cause.id === 'certificate')).toBe(expired);
	});
});

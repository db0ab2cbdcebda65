import { describe, expect, it } from 'vitest';
import { loadRealGraph } from '../../../support/real-graph.ts';
import type { Signature } from '../../../../src/schemas/signature.ts';

type OutputSignature = Extract<Signature, { type: 'output' }>;

/** For each command-output signature: text it must match, and healthy text it must not. */
const SAMPLES: Record<string, { hit: string; miss: string }> = {
	'rdp-cert-expired': {
		hit: 'NotAfter   : 3/14/2026 5:00:00 AM',
		miss: 'Thumbprint : 8E4C2F1A9D3B7C6E5F40A1B2C3D4E5F60718293A',
	},
	'qwinsta-no-listener': {
		hit: ' SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE\n>console           Administrator             1  Active\n services                                    0  Disc',
		miss: ' SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE\n>console           Administrator             1  Active\n rdp-tcp                                 65536  Listen',
	},
	'tnc-tcp-failed': {
		hit: 'ComputerName     : srv01\nRemoteAddress    : 10.0.0.5\nRemotePort       : 3389\nTcpTestSucceeded : False',
		miss: 'ComputerName     : srv01\nRemoteAddress    : 10.0.0.5\nRemotePort       : 3389\nTcpTestSucceeded : True',
	},
	'tnc-name-resolution': {
		hit: 'WARNING: Name resolution of srv01.contoso.com failed\nComputerName   : srv01.contoso.com',
		miss: 'ComputerName     : srv01.contoso.com\nRemoteAddress    : 10.0.0.5',
	},
	'netstat-3389-system': {
		hit: '  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       4',
		miss: '  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1184',
	},
	'secure-channel-broken': {
		hit: 'VERBOSE: The secure channel between the local computer and the domain contoso.com is broken.\nFalse',
		miss: "VERBOSE: The secure channel between 'SRV01' and 'contoso.com' is alive and working correctly.\nTrue",
	},
	'ip-flow-deny': {
		hit: '{\n  "access": "Deny",\n  "ruleName": "securityRules/DenyAllInBound"\n}',
		miss: '{\n  "access": "Allow",\n  "ruleName": "securityRules/AllowRDP"\n}',
	},
	'nsg-deny-all-inbound': {
		hit: 'Access denied. Security rule: DenyAllInBound',
		miss: 'Access allowed. Security rule: AllowRDP',
	},
	'resolve-dns-name-missing': {
		hit: 'Resolve-DnsName : rdp-host.contoso.com : DNS name does not exist',
		miss: 'Name                 Type   TTL   Section    IPAddress\nrdp-host.contoso.com A      3600  Answer     10.0.0.5',
	},
	'lsm-40-time-limit': {
		hit: 'Message     : Session 3 has been disconnected, reason code 3',
		miss: 'Message     : Session 3 has been disconnected, reason code 4096',
	},
};

function matches(s: OutputSignature, text: string): boolean {
	const hit = new RegExp(s.pattern, s.flags).test(text);
	return hit && !(s.unless !== undefined && new RegExp(s.unless, s.flags).test(text));
}

const outputs = loadRealGraph()
	.nodes.flatMap((n) => (n.type === 'cause' ? n.signatures : []))
	.filter((s): s is OutputSignature => s.type === 'output');

describe('command-output signatures of the real graph', () => {
	it('each have a sample in this table, so a new pattern comes with a test', () => {
		expect([...new Set(outputs.map((s) => s.id))].sort()).toEqual(Object.keys(SAMPLES).sort());
	});

	it.each(outputs.map((s) => ({ id: s.id, s })))(
		'$id matches its sample and not the healthy output',
		({ id, s }) => {
			expect(matches(s, SAMPLES[id]!.hit)).toBe(true);
			expect(matches(s, SAMPLES[id]!.miss)).toBe(false);
		},
	);
});

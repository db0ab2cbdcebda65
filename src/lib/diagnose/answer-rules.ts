/**
 * Which tree answers a paste settles: evidence -> (question, answer). Each rule restates a
 * question's own "how to read" text (src/content/graph/questions.json) for one kind of evidence.
 * The unit tests check every rule against the real graph (question ids, signature ids).
 */
import type { AnswerRule } from '../../schemas/answer-rule.ts';
import { COLLECTOR_RULES } from '../collector/answer-rules.ts';

const sig = (
	ids: readonly string[],
	question: string,
	answer: 'yes' | 'no',
	why: string,
): AnswerRule[] => ids.map((id) => ({ when: { type: 'signature', id }, question, answer, why }));

/** The rules, grouped by the question they answer. */
export const ANSWER_RULES: readonly AnswerRule[] = [
	...sig(
		['broker-2056', 'broker-client-1296', 'broker-not-ready', 'broker-db-logon'],
		'gateway',
		'yes',
		'Connection Broker events mean the connection goes through a broker.',
	),
	...sig(
		['gateway-permission-list', 'gateway-not-authorized', 'gateway-201', 'gateway-301'],
		'gateway',
		'yes',
		'The message or event comes from an RD Gateway, so the connection goes through one.',
	),
	...sig(
		['gateway-permission-list', 'gateway-not-authorized'],
		'rd-gateway-message',
		'yes',
		"The message says you are not in the RD Gateway's permission list or not authorized to use it.",
	),
	{
		when: { type: 'fact', id: 'gateway-error-name' },
		question: 'gateway',
		answer: 'yes',
		why: 'An RD Gateway error name (E_PROXY_…) means the connection goes through a gateway.',
	},
	...sig(
		['broker-2056', 'broker-client-1296', 'broker-not-ready', 'broker-db-logon'],
		'broker-events',
		'yes',
		'The broker logs database or RPC errors.',
	),
	...sig(
		['tnc-tcp-failed', 'tnc-name-resolution', 'cannot-find-computer', 'client-1026-dns'],
		'port-open',
		'no',
		'The port test failed or the name did not resolve.',
	),
	...sig(
		['schannel-36874'],
		'port-open',
		'yes',
		"Event 36874 says a remote client's TLS request reached the host, so the port answered.",
	),
	{
		when: { type: 'fact', id: 'tnc-tcp-succeeded' },
		question: 'port-open',
		answer: 'yes',
		why: 'Test-NetConnection shows TcpTestSucceeded : True.',
	},
	{
		when: { type: 'fact', id: 'lsm-40-reason-7' },
		question: 'port-open',
		answer: 'yes',
		why: 'The host logged the refused session, so the connection reached it.',
	},
	...sig(
		['qwinsta-no-listener', 'netstat-3389-system', 'deny-ts-connections', 'winstation-disabled'],
		'listener-up',
		'no',
		'rdp-tcp is not listening, is disabled, or another program holds the port.',
	),
	...sig(
		['ip-flow-deny', 'nsg-deny-all-inbound'],
		'azure-host',
		'yes',
		'Network Watcher output only exists for Azure virtual machines.',
	),
	...sig(
		['ip-flow-deny', 'nsg-deny-all-inbound'],
		'azure-nsg',
		'no',
		'IP flow verify denies the traffic.',
	),
	...sig(
		['credssp-oracle'],
		'client-credssp',
		'yes',
		'The error names CredSSP encryption oracle remediation.',
	),
	{
		when: { type: 'fact', id: 'dialog-0x904' },
		question: 'client-credssp',
		answer: 'no',
		why: 'The dialog shows 0x904, not the CredSSP message.',
	},
	{
		when: { type: 'fact', id: 'client-1026-reason-2308' },
		question: 'client-credssp',
		answer: 'no',
		why: 'The client logged Reason= 2308 (0x904), not the CredSSP error.',
	},
	...sig(
		[
			'rcm-1057',
			'rcm-1058',
			'schannel-36870',
			'rcm-1057-keyset',
			'rcm-1058-access-denied',
			'schannel-36870-key',
		],
		'cert-events',
		'yes',
		'The host logs certificate errors (1057, 1058 or 36870).',
	),
	...sig(
		['schannel-36871', 'schannel-36874', 'schannel-36887', 'schannel-36888'],
		'tls-events',
		'yes',
		'The host logs Schannel handshake errors.',
	),
	...sig(
		['rcm-1068', 'rcm-1069', 'no-license-servers'],
		'licensing-events',
		'yes',
		'The host logs licensing problems or says no license server is available.',
	),
	...sig(
		['rcm-1006'],
		'limits-events',
		'yes',
		'Event 1006: a large number of incomplete connections.',
	),
	...sig(
		// Not security-layer-rdp-only: SecurityLayer 0 is also Microsoft's temporary test setting, so
		// the question does not count it as a yes on its own (the cause still ranks it, weakly).
		['min-encryption-fips', 'fips-policy-on', 'no-protocol-negotiation'],
		'security-settings',
		'yes',
		'A security setting the question lists has the value that rules clients out.',
	),
	...sig(
		['domain-creds-disabled', 'secure-channel-broken', 'time-difference'],
		'nla-domain',
		'yes',
		'Domain credentials cannot be checked: blocked, broken secure channel, or clock skew.',
	),
	...COLLECTOR_RULES,
];

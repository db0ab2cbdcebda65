/**
 * Which tree answers a collector block settles: each collector fact restates, for the data the
 * collector reads, the "how to read" text of one question (src/content/graph/questions.json).
 * They join ANSWER_RULES (src/lib/diagnose/answer-rules.ts); settle() treats them like any other.
 */
import type { AnswerRule, FactId } from '../../schemas/answer-rule.ts';

const rule = (id: FactId, question: string, answer: 'yes' | 'no', why: string): AnswerRule => ({
	when: { type: 'fact', id },
	question,
	answer,
	why,
});

/** The collector's rules, in the tree's order. */
export const COLLECTOR_RULES: readonly AnswerRule[] = [
	rule(
		'collector-broker-quiet',
		'broker-events',
		'no',
		'The broker logged no 2056 or 1296 in the days read.',
	),
	rule(
		'collector-port-open',
		'port-open',
		'yes',
		'The client collector reached the RDP port (TcpTestSucceeded True).',
	),
	rule(
		'collector-port-closed',
		'port-open',
		'no',
		'The client collector could not reach the RDP port or resolve the name.',
	),
	rule(
		'collector-connections-arrived',
		'port-open',
		'yes',
		'The host logged incoming RDP connections (events 261 or 131), so the port answers.',
	),
	rule(
		'collector-no-remote-logons',
		'other-client',
		'no',
		'Connections arrived, yet no remote sign-in succeeded in the days read.',
	),
	rule(
		'collector-listener-up',
		'listener-up',
		'yes',
		'TermService runs and holds the RDP port, and nothing turns RDP off.',
	),
	rule(
		'collector-listener-down',
		'listener-up',
		'no',
		'RDP is turned off, TermService is stopped, or the port is free or held by another program.',
	),
	rule(
		'collector-azure',
		'azure-host',
		'yes',
		'The chassis asset tag is the one Azure gives its virtual machines.',
	),
	rule(
		'collector-not-azure',
		'azure-host',
		'no',
		'The chassis asset tag is not the one Azure gives its virtual machines.',
	),
	rule(
		'collector-azure',
		'console-azure',
		'yes',
		'The chassis asset tag is the one Azure gives its virtual machines.',
	),
	rule(
		'collector-not-azure',
		'console-azure',
		'no',
		'The chassis asset tag is not the one Azure gives its virtual machines.',
	),
	rule(
		'collector-update-before-failures',
		'recent-update',
		'yes',
		'Remote sign-ins stopped after an update, while connections kept arriving.',
	),
	rule(
		'collector-no-recent-update',
		'recent-update',
		'no',
		'No update in the days read, or remote sign-ins worked after the last one.',
	),
	rule(
		'collector-no-cert-events',
		'cert-events',
		'no',
		'The System log has no 1057 or 1058 from Remote Desktop and no Schannel 36870 in the days read.',
	),
	rule(
		'collector-machinekeys-ok',
		'machinekeys-acl',
		'yes',
		'The MachineKeys folder and the RDP key file grant what Microsoft lists, with no deny entry.',
	),
	rule(
		'collector-machinekeys-changed',
		'machinekeys-acl',
		'no',
		'An entry Microsoft lists is missing from MachineKeys or the RDP key file, or a deny entry is present.',
	),
	rule(
		'collector-no-tls-events',
		'tls-events',
		'no',
		'The System log has no Schannel 36871, 36874, 36887 or 36888 in the days read.',
	),
	rule(
		'collector-security-rules-out',
		'security-settings',
		'yes',
		'The effective encryption level is FIPS, the FIPS policy is on, or protocol negotiation is off.',
	),
	rule(
		'collector-security-fine',
		'security-settings',
		'no',
		'Encryption level, FIPS policy and protocol negotiation are read and none rules clients out.',
	),
	rule(
		'collector-nla-domain-broken',
		'nla-domain',
		'yes',
		'NLA is on while the secure channel is broken, domain credentials are blocked, or the clock is minutes off.',
	),
	rule(
		'collector-nla-fine',
		'nla-domain',
		'no',
		'NLA is off, or the host can check domain credentials (secure channel, credentials and clock read).',
	),
	rule(
		'collector-rdsh-installed',
		'rdsh-role',
		'yes',
		'The Remote Desktop Session Host role is installed.',
	),
	rule(
		'collector-rdsh-absent',
		'rdsh-role',
		'no',
		'The Remote Desktop Session Host role is not installed (or the host runs a client Windows).',
	),
	rule(
		'collector-no-licensing-events',
		'licensing-events',
		'no',
		'The RemoteConnectionManager Admin log has no 1068 or 1069 in the days read.',
	),
	rule(
		'collector-session-limit-reached',
		'limits-events',
		'yes',
		'The host already has as many RDP sessions as its limit allows.',
	),
	rule(
		'collector-no-limits',
		'limits-events',
		'no',
		'No event 1006 in the days read, and the sessions are below the limit.',
	),
];

/**
 * Collector facts: what the snapshot establishes, each restating one question's "how to read"
 * (src/content/graph/questions.json) for the values the collector prints. A fact is only stated
 * when everything it needs was read; an unread log or an error leaves the question open.
 */
import type { FactId } from '../../schemas/answer-rule.ts';
import type { Fact } from '../diagnose/facts.ts';
import { aclFacts } from './acl.ts';
import { effective } from './effective.ts';
import { one } from './found.ts';
import { eventsOf, logRead, LOGS, RCM } from './logs.ts';
import type { Snapshot } from './snapshot.ts';
import { limitFacts, nlaFacts, securityFacts } from './settings-facts.ts';
import { timelineFacts } from './timeline.ts';

const WINSTATION =
	'hkey_local_machine\\system\\currentcontrolset\\control\\terminal server\\winstations\\rdp-tcp';

/** listener-up: down for the first reason found, up when TermService holds the port. */
function listenerFacts(s: Snapshot): Fact[] {
	const term = s.services.get('TermService');
	const deny = effective(s, 'fDenyTSConnections');
	const station = s.registry.get(`${WINSTATION}\\fenablewinstation`);
	const down = (line: number, what: string): Fact[] => one('collector-listener-down', line, what);
	if (deny?.value === 1)
		return down(deny.line, `fDenyTSConnections is 1 (${deny.from}): RDP is off`);
	if (station?.state === 'value' && station.data === '0')
		return down(station.line, 'fEnableWinStation is 0: the RDP-Tcp listener is disabled');
	if (term && term.state !== 'Running') return down(term.line, `TermService is ${term.state}`);
	if (s.nothingListens !== undefined)
		return down(s.nothingListens, 'Nothing listens on the RDP port');
	const foreign = term && s.sockets.find((k) => k.pid !== term.pid);
	if (foreign)
		return down(
			foreign.line,
			`${foreign.process || 'Another program'} (PID ${foreign.pid}) holds the RDP port`,
		);
	if (term?.state === 'Running' && s.sockets[0] && deny !== undefined)
		return one(
			'collector-listener-up',
			s.sockets[0].line,
			'TermService runs and holds the RDP port',
		);
	return [];
}

/** A "none of these events" fact, when the log was read and has none of them. */
function noneOf(
	s: Snapshot,
	id: FactId,
	what: string,
	...wanted: [string, number[], string?][]
): Fact[] {
	const reads = wanted.map(([log]) => logRead(s, log));
	if (reads.some((r) => r === undefined)) return [];
	if (wanted.some(([log, ids, provider]) => eventsOf(s, log, ids, provider).length > 0)) return [];
	return one(id, reads[0]!, what);
}

function roleFacts(s: Snapshot): Fact[] {
	const rdsh = s.roles.get('RDS-RD-Server');
	if (rdsh?.value === 'Installed')
		return one('collector-rdsh-installed', rdsh.line, 'RDS-RD-Server is Installed');
	if (rdsh && /^(Available|Removed)$/.test(rdsh.value))
		return one('collector-rdsh-absent', rdsh.line, `RDS-RD-Server is ${rdsh.value}`);
	return [];
}

function clientFacts(s: Snapshot): Fact[] {
	if (s.tcp)
		return s.tcp.value
			? one('collector-port-open', s.tcp.line, 'TcpTestSucceeded True from the client')
			: one('collector-port-closed', s.tcp.line, 'TcpTestSucceeded False from the client');
	if (s.resolveFailed !== undefined)
		return one('collector-port-closed', s.resolveFailed, 'The host name did not resolve');
	return [];
}

function serverFacts(s: Snapshot): Fact[] {
	const azure = s.azure
		? s.azure.value
			? one('collector-azure', s.azure.line, 'The chassis asset tag is Azure’s')
			: one('collector-not-azure', s.azure.line, 'The chassis asset tag is not Azure’s')
		: [];
	const broker =
		s.roles.get('RDS-Connection-Broker')?.value === 'Installed'
			? noneOf(
					s,
					'collector-broker-quiet',
					'No broker event 2056 or 1296',
					[LOGS.broker, [2056]],
					[LOGS.brokerClient, [1296]],
				)
			: [];
	return [
		...listenerFacts(s),
		...azure,
		...broker,
		...noneOf(
			s,
			'collector-no-cert-events',
			'No certificate events (1057, 1058, 36870)',
			[LOGS.system, [1057, 1058], RCM],
			[LOGS.system, [36870], 'Schannel'],
		),
		...aclFacts(s),
		...noneOf(s, 'collector-no-tls-events', 'No Schannel handshake events', [
			LOGS.system,
			[36871, 36874, 36887, 36888],
			'Schannel',
		]),
		...roleFacts(s),
		...noneOf(s, 'collector-no-licensing-events', 'No licensing events (1068, 1069)', [
			LOGS.rcmAdmin,
			[1068, 1069],
			RCM,
		]),
		...limitFacts(s),
		...securityFacts(s),
		...nlaFacts(s),
		...timelineFacts(s),
	];
}

/** Every fact the snapshot establishes, at the line that shows it. */
export function collectorFacts(s: Snapshot): Fact[] {
	return s.mode === 'client' ? clientFacts(s) : serverFacts(s);
}

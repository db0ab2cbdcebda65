/**
 * Facts from the host's settings: the connection limit (limits-events), the listener's security
 * settings (security-settings) and whether NLA can check domain credentials (nla-domain).
 */
import type { Fact } from '../diagnose/facts.ts';
import { effective } from './effective.ts';
import { one } from './found.ts';
import { eventsOf, logRead, LOGS } from './logs.ts';
import type { Snapshot } from './snapshot.ts';

const LSA = 'hkey_local_machine\\system\\currentcontrolset\\control\\lsa';
/** Kerberos refuses tickets when clocks differ by more than five minutes (its default). */
const MAX_SKEW_S = 300;

/** limits-events: sessions at the limit, or no 1006 and room left. */
export function limitFacts(s: Snapshot): Fact[] {
	const max = effective(s, 'MaxInstanceCount');
	const rdsh = s.roles.get('RDS-RD-Server')?.value;
	// Without the Session Host role a server allows two admin sessions and a client Windows one.
	const fallback =
		s.productType === 1 ? 1 : rdsh !== undefined && rdsh !== 'Installed' ? 2 : undefined;
	const limit = max?.value ?? fallback;
	const sessions = s.sessions;
	if (sessions && limit !== undefined && sessions.value >= limit)
		return one(
			'collector-session-limit-reached',
			sessions.line,
			`${sessions.value} RDP sessions, limit ${limit}`,
		);
	const read = logRead(s, LOGS.rcmAdmin);
	if (read === undefined || sessions === undefined || eventsOf(s, LOGS.rcmAdmin, [1006]).length > 0)
		return [];
	return one('collector-no-limits', read, `No event 1006; ${sessions.value} RDP sessions`);
}

/** security-settings: FIPS level, FIPS policy or negotiation off; or all read and fine. */
export function securityFacts(s: Snapshot): Fact[] {
	const level = effective(s, 'MinEncryptionLevel');
	const fips = s.registry.get(`${LSA}\\fipsalgorithmpolicy\\enabled`);
	const negotiation = effective(s, 'fAllowSecProtocolNegotiation');
	const out = 'collector-security-rules-out';
	if (level?.value === 4)
		return one(out, level.line, `MinEncryptionLevel is 4, FIPS (${level.from})`);
	if (fips?.state === 'value' && fips.data === '1')
		return one(out, fips.line, 'The FIPS algorithm policy is on');
	if (negotiation?.value === 0)
		return one(out, negotiation.line, 'fAllowSecProtocolNegotiation is 0');
	if (level && negotiation && fips && fips.state !== 'error')
		return one(
			'collector-security-fine',
			level.line,
			'Encryption level, FIPS policy and negotiation allow clients',
		);
	return [];
}

/** nla-domain: NLA on with a broken secure channel, blocked credentials or clock skew. */
export function nlaFacts(s: Snapshot): Fact[] {
	const nla = effective(s, 'UserAuthentication');
	if (nla === undefined) return [];
	if (nla.value === 0)
		return one('collector-nla-fine', nla.line, `UserAuthentication is 0 (${nla.from}): NLA is off`);
	const creds = s.registry.get(`${LSA}\\disabledomaincreds`);
	const broken = 'collector-nla-domain-broken';
	if (creds?.state === 'value' && creds.data === '1')
		return one(broken, creds.line, 'NLA is on and disabledomaincreds is 1');
	const clock = s.clockOffset;
	if (clock && Math.abs(clock.value) >= MAX_SKEW_S)
		return one(
			broken,
			clock.line,
			`NLA is on and the clock is ${clock.value} s off the domain controller`,
		);
	if (s.secureChannel?.value === false)
		return one(
			broken,
			s.secureChannel.line,
			'NLA is on and the secure channel test returned False',
		);
	if (creds === undefined || creds.state === 'error') return [];
	if (s.domainJoined === false)
		return one('collector-nla-fine', creds.line, 'NLA is on; the host is not in a domain');
	if (s.secureChannel?.value === true && clock !== undefined)
		return one(
			'collector-nla-fine',
			s.secureChannel.line,
			'NLA is on; secure channel, domain credentials and clock are fine',
		);
	return [];
}

/**
 * Ids of the facts a collector block can establish (src/lib/collector/facts.ts). They join the
 * paste's own fact ids in src/schemas/answer-rule.ts, so the same answer rules settle questions.
 */
export const COLLECTOR_FACT_IDS = [
	'collector-port-open',
	'collector-port-closed',
	'collector-connections-arrived',
	'collector-no-remote-logons',
	'collector-listener-up',
	'collector-listener-down',
	'collector-azure',
	'collector-not-azure',
	'collector-broker-quiet',
	'collector-no-cert-events',
	'collector-machinekeys-ok',
	'collector-machinekeys-changed',
	'collector-no-tls-events',
	'collector-rdsh-installed',
	'collector-rdsh-absent',
	'collector-no-licensing-events',
	'collector-session-limit-reached',
	'collector-no-limits',
	'collector-security-rules-out',
	'collector-security-fine',
	'collector-nla-domain-broken',
	'collector-nla-fine',
	'collector-update-before-failures',
	'collector-no-recent-update',
] as const;

/**
 * The root-cause ids fixed by the project's contract: graph cause ids, guide file names and the
 * related causes of error codes all use them. Tests compare the real content against this list.
 * The first 13 are the 0x904/0x7 tree's; the errors of issue 13 add theirs at the end.
 */
export const CONTRACT_CAUSES = [
	'certificate',
	'machinekeys',
	'tls-ciphers',
	'security-layer',
	'nla-credssp',
	'listener',
	'network-path',
	'connection-limits',
	'licensing',
	'gateway-broker',
	'client-side',
	'azure-vm',
	'windows-updates',
	'host-asleep',
	'name-resolution',
	'session-limits',
] as const;

/**
 * The root-cause ids: the 13 fixed by the project's contract, then those the errors of issue 13
 * added. Graph cause ids, guide file names and the related causes of error codes all use them.
 * Tests compare the real content against this list.
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
	'client-license-store',
	'gateway-policies',
	'client-certificate-trust',
	'server-graphics',
	'host-asleep',
	'name-resolution',
	'session-limits',
	'sign-in-rights',
	'avd-session-host',
	'avd-assignment',
	'udp-transport',
	'bitmap-cache',
	'session-shell',
] as const;

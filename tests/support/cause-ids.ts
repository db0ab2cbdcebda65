/**
 * The root-cause ids fixed by the project's contract: graph cause ids, guide file names and the
 * related causes of error codes all use them. Tests compare the real content against this list.
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
	'sign-in-rights',
] as const;

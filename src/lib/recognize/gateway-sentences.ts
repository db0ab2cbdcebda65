/**
 * The RD Gateway's own error names, as FreeRDP logs the gateway's answer ("channel response
 * errorCode=E_PROXY_TS_CONNECTFAILED"). The names and values are those of the gateway protocol
 * [MS-TSGU], as FreeRDP defines them in libfreerdp/core/gateway/tsg.h; the name says which part
 * of the gateway refused, so only the names that say it point at a cause.
 */
import type { SentenceDef } from './sentence-list.ts';

/** Every E_PROXY_ name FreeRDP knows besides the two that carry a cause below. */
const OTHER_NAMES = [
	'internalerror',
	'nap_accessdenied',
	'alreadydisconnected',
	'quarantine_accessdenied',
	'nocertavailable',
	'cookie_badpacket',
	'cookie_authentication_access_denied',
	'unsupported_authentication_method',
	'capabilitymismatch',
	'notsupported',
	'maxconnectionsreached',
	'sessiontimeout',
	'reauth_authn_failed',
	'reauth_cap_failed',
	'reauth_rap_failed',
	'sdr_not_supported_by_ts',
	'reauth_nap_failed',
	'connectionaborted',
];

export const GATEWAY_LOG_SENTENCES: readonly SentenceDef[] = [
	{
		id: 'gateway-ts-connect-failed',
		kind: 'log',
		language: 'und',
		patterns: ['e_proxy_ts_connectfailed'],
		causes: [
			{ id: 'gateway-broker', weight: 0.5 },
			{ id: 'network-path', weight: 0.3 },
		],
		says: 'The RD Gateway could not connect to the session host behind it (E_PROXY_TS_CONNECTFAILED)',
	},
	{
		id: 'gateway-rap-denied',
		kind: 'log',
		language: 'und',
		patterns: ['e_proxy_rap_accessdenied'],
		causes: [{ id: 'gateway-policies', weight: 0.6 }],
		says: 'No resource authorization policy (RAP) of the RD Gateway admits the target computer (E_PROXY_RAP_ACCESSDENIED)',
	},
	{
		id: 'gateway-proxy-error',
		kind: 'log',
		language: 'und',
		patterns: OTHER_NAMES.map((name) => `e_proxy_${name}`),
		causes: [],
		says: 'The RD Gateway refused or ended the connection; its error name (E_PROXY_…) says at which step',
	},
];

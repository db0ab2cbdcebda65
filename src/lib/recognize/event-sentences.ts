/** Event-log messages the site knows, with the event each belongs to (see sentence-list.ts). */
import type { SentenceDef } from './sentence-list.ts';

const RCM = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager';

export const EVENT_SENTENCES: readonly SentenceDef[] = [
	{
		id: 'termservice-hung',
		kind: 'event',
		language: 'en',
		// Service Control Manager 7022 with the service's display name filled in.
		patterns: ['the remote desktop services service hung on starting'],
		causes: [{ id: 'listener', weight: 0.5 }],
		event: { id: 7022, provider: 'Service Control Manager' },
		says: 'Remote Desktop Services (TermService) did not finish starting',
	},
	{
		id: 'service-logon-failure',
		kind: 'event',
		language: 'en',
		// System error 1069; names no service by itself, so it points at no cause alone.
		patterns: ['the service did not start due to a logon failure'],
		causes: [],
		says: 'A service could not start because its logon account failed (error 1069); if it is TermService, see the listener guide',
	},
	{
		id: 'access-denied',
		kind: 'event',
		language: 'en',
		patterns: ['access is denied'],
		causes: [],
		says: 'A Windows status text; the event around it says what was denied',
	},
	{
		id: 'keyset-does-not-exist',
		kind: 'event',
		language: 'en',
		patterns: ['keyset does not exist'],
		causes: [
			{ id: 'machinekeys', weight: 0.4 },
			{ id: 'certificate', weight: 0.3 },
		],
		says: 'A private key is missing or unreadable',
	},
	{
		id: 'winlogon-spawn-failed',
		kind: 'event',
		language: 'en',
		// Winlogon 4006 (KB 970879); with userinit.exe on its command line the desktop stays blank.
		patterns: ['the windows logon process has failed to spawn a user application'],
		signature: 'winlogon-spawn-failed',
		causes: [],
		event: { id: 4006, provider: 'Microsoft-Windows-Winlogon' },
		says: 'Winlogon could not start a program of the sign-in; with userinit.exe, the desktop stays blank',
	},
	{
		id: 'multitransport-udp',
		kind: 'event',
		language: 'en',
		// RdpCoreCDV event 135 as Microsoft's RDP Shortpath page quotes it (Azure Virtual Desktop).
		patterns: ['its transport type set to udp'],
		signature: 'multitransport-udp',
		causes: [],
		says: "The session moved to RDP's UDP transport",
	},
	{
		id: 'broker-not-ready',
		kind: 'event',
		language: 'en',
		patterns: ['remote desktop connection broker is not ready for rpc communication'],
		signature: 'broker-not-ready',
		causes: [],
		says: 'The Connection Broker is not ready',
	},
	{
		id: 'rcm-1058-message',
		kind: 'event',
		language: 'en',
		patterns: ['has failed to replace the expired self signed certificate'],
		event: { id: 1058, provider: RCM },
		causes: [
			{ id: 'certificate', weight: 0.5 },
			{ id: 'machinekeys', weight: 0.45 },
		],
		says: 'Event 1058: the expired self-signed RDP certificate could not be replaced',
	},
	{
		id: 'rcm-1057-message',
		kind: 'event',
		language: 'en',
		patterns: ['has failed to create a new self signed certificate'],
		event: { id: 1057, provider: RCM },
		causes: [
			{ id: 'machinekeys', weight: 0.5 },
			{ id: 'certificate', weight: 0.45 },
		],
		says: 'Event 1057: no new self-signed RDP certificate could be created',
	},
	{
		id: 'schannel-36874-message',
		kind: 'event',
		language: 'en',
		patterns: [
			'none of the cipher suites supported by the client application are supported by the server',
		],
		event: { id: 36874, provider: 'Schannel' },
		causes: [{ id: 'tls-ciphers', weight: 0.6 }],
		says: 'Event 36874: client and server share no cipher suite',
	},
	{
		id: 'schannel-36871-message',
		kind: 'event',
		language: 'en',
		patterns: [
			'a fatal error occurred while creating a tls server credential',
			'a fatal error occurred while creating a tls client credential',
		],
		event: { id: 36871, provider: 'Schannel' },
		causes: [{ id: 'tls-ciphers', weight: 0.5 }],
		says: 'Event 36871: a TLS credential could not be created (often disabled TLS versions)',
	},
	{
		id: 'schannel-36870-message',
		kind: 'event',
		language: 'en',
		patterns: [
			'a fatal error occurred when attempting to access the tls server credential private key',
		],
		event: { id: 36870, provider: 'Schannel' },
		causes: [
			{ id: 'machinekeys', weight: 0.5 },
			{ id: 'certificate', weight: 0.45 },
		],
		says: "Event 36870: the TLS server certificate's private key could not be read",
	},
	{
		id: 'rcm-1006-message',
		kind: 'event',
		language: 'en',
		patterns: [
			'received a large number of incomplete connections',
			'received large number of incomplete connections',
		],
		event: { id: 1006, provider: RCM },
		causes: [{ id: 'connection-limits', weight: 0.6 }],
		says: 'Event 1006: too many incomplete connections, new ones are refused for a while',
	},
	{
		id: 'rcm-50282-message',
		kind: 'event',
		language: 'en',
		patterns: ['no remote desktop license server is specified for the remote desktop host server'],
		event: { id: 50282, provider: RCM },
		causes: [{ id: 'licensing', weight: 0.6 }],
		says: 'Event 50282: the Session Host has no license server configured',
	},
	{
		id: 'rcm-1069-message',
		kind: 'event',
		language: 'en',
		patterns: ['the rd licensing grace period has expired'],
		event: { id: 1069, provider: RCM },
		causes: [{ id: 'licensing', weight: 0.6 }],
		says: 'Event 1069: the RD Licensing grace period is over and the licensing mode was never set',
	},
	{
		// EVENT_EXPIRED_PERMANENT_LICENSE: "The remote session could not be established from remote
		// desktop client %1 because its license could not be renewed" (Windows Server 2008 R2; 2008
		// says "…has been disconnected because…"). Microsoft's fix is the host reaching a license
		// server: https://technet.microsoft.com/en-us/library/ee890984(v=ws.10).aspx
		id: 'rcm-1028-message',
		kind: 'event',
		language: 'en',
		patterns: ['because its license could not be renewed'],
		event: { id: 1028, provider: RCM },
		causes: [
			{ id: 'licensing', weight: 0.55 },
			{ id: 'client-license-store', weight: 0.3 },
		],
		says: "Event 1028: the client's licence could not be renewed, so the session was refused",
	},
	{
		id: 'gateway-cap-failed',
		kind: 'event',
		language: 'en',
		patterns: ['did not meet connection authorization policy requirements'],
		event: { id: 201, provider: 'Microsoft-Windows-TerminalServices-Gateway' },
		signature: 'gateway-201',
		causes: [],
		says: 'Event 201: no connection authorization policy (CAP) of the RD Gateway admits the user',
	},
	{
		id: 'gateway-rap-failed',
		kind: 'event',
		language: 'en',
		patterns: ['did not meet resource authorization policy requirements'],
		event: { id: 301, provider: 'Microsoft-Windows-TerminalServices-Gateway' },
		signature: 'gateway-301',
		causes: [],
		says: 'Event 301: no resource authorization policy (RAP) of the RD Gateway admits the target computer by that name',
	},
	{
		id: 'security-4825-message',
		kind: 'event',
		language: 'en',
		patterns: ['a user was denied the access to remote desktop'],
		event: { id: 4825, provider: 'Microsoft-Windows-Security-Auditing' },
		signature: 'security-4825',
		causes: [],
		says: 'Event 4825: an authenticated user was denied Remote Desktop access (not in Remote Desktop Users or Administrators)',
	},
];

/**
 * The dialog and event sentences the site knows, each with what it points at. Patterns are
 * matched on folded text (src/lib/recognize/fold.ts: lower case, straight quotes, one space for
 * any white space); `…` in a pattern is a gap of up to SENTENCE_GAP characters, for host names,
 * line breaks and list numbers. Only wording Windows prints: English from Microsoft's pages and
 * the guides' Symptoms sections (a unit test checks every quoted symptom is recognised), other
 * languages only where a Microsoft page shows the localized text.
 *
 * A sentence either stands for a signature of the knowledge graph (`signature`: its cause and
 * weight come from src/content/graph/causes.json), or carries its own weaker `causes`, or is
 * generic (no causes: it says that something failed, not why).
 */

/** Longest gap `…` stands for, in folded characters. */
export const SENTENCE_GAP = 240;

/** Where a sentence appears. */
export type SentenceKind = 'dialog' | 'event' | 'log';

/** A cause a sentence points at, with its weight (0..1, below any specific signature). */
export interface SentenceCause {
	readonly id: string;
	readonly weight: number;
}

/** One known sentence. */
export interface SentenceDef {
	/** Stable kebab-case id. */
	readonly id: string;
	readonly kind: SentenceKind;
	/** BCP 47 language of the patterns. */
	readonly language: string;
	/** Alternative wordings, folded; `…` is a bounded gap. */
	readonly patterns: readonly string[];
	/** Graph signature this sentence is evidence for; its weight and causes come from the graph. */
	readonly signature?: string;
	/** Causes without a graph signature, weaker than one; empty for a generic sentence. */
	readonly causes: readonly SentenceCause[];
	/** For an event message: the event it belongs to, so a bare "Event ID: N" can be completed. */
	readonly event?: { readonly id: number; readonly provider: string };
	/** What the sentence tells the reader, in our words. */
	readonly says: string;
}

const RCM = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager';

export const SENTENCES: readonly SentenceDef[] = [
	{
		id: 'cannot-connect-generic',
		kind: 'dialog',
		language: 'en',
		patterns: [
			"this computer can't connect to the remote computer",
			'this computer cannot connect to the remote computer',
		],
		causes: [],
		says: 'The generic Remote Desktop Connection failure: the connection was set up and then closed, without a reason',
	},
	{
		id: 'internal-error',
		kind: 'dialog',
		language: 'en',
		patterns: ['an internal error has occurred'],
		causes: [],
		says: 'A generic failure during connection setup (certificates, TLS and security settings are common reasons)',
	},
	{
		id: 'configuring-remote-session',
		kind: 'dialog',
		language: 'en',
		patterns: ['configuring remote session'],
		causes: [],
		says: 'The client stopped while the session was being set up',
	},
	{
		id: 'session-ended-error',
		kind: 'dialog',
		language: 'en',
		patterns: ['your session ended because of an error'],
		causes: [],
		says: 'The Windows App / Remote Desktop app message for a session that ended; its error code says more',
	},
	{
		id: 'rds-session-ended',
		kind: 'dialog',
		language: 'en',
		patterns: ['your remote desktop services session has ended'],
		causes: [],
		says: 'The session ended; the dialog does not say why',
	},
	{
		id: 'protocol-error',
		kind: 'dialog',
		language: 'en',
		patterns: ['because of a protocol error'],
		causes: [],
		says: 'A protocol error ended the session; the code in the same dialog says more',
	},
	{
		id: 'cannot-connect-prefix',
		kind: 'dialog',
		language: 'en',
		patterns: [
			"remote desktop can't connect to the remote computer",
			'remote desktop cannot connect to the remote computer',
		],
		causes: [],
		says: 'Remote Desktop could not connect; the reasons that follow in the dialog say more',
	},
	{
		id: 'remote-access-not-enabled',
		kind: 'dialog',
		language: 'en',
		patterns: ['remote access to the server is not enabled'],
		causes: [
			{ id: 'listener', weight: 0.45 },
			{ id: 'network-path', weight: 0.45 },
		],
		says: 'The dialog lists three reasons: remote access is off, the computer is off, or it is not reachable on the network',
	},
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
		id: 'gateway-permission-list',
		kind: 'dialog',
		language: 'en',
		patterns: ["not listed in the rd gateway's permission list"],
		signature: 'gateway-permission-list',
		causes: [],
		says: 'The RD Gateway did not authorize the user or the target computer',
	},
	{
		id: 'nla-required',
		kind: 'dialog',
		language: 'en',
		patterns: ['requires network level authentication, which your computer does not support'],
		signature: 'nla-required-by-server',
		causes: [],
		says: 'The server requires Network Level Authentication and the client did not offer it',
	},
	{
		id: 'nla-dc-unreachable',
		kind: 'dialog',
		language: 'en',
		patterns: ['but your windows domain controller cannot be contacted'],
		signature: 'nla-dc-unreachable',
		causes: [],
		says: 'NLA needs a domain controller that the client or the server cannot reach',
	},
	{
		id: 'credssp-oracle',
		kind: 'dialog',
		language: 'en',
		patterns: ['credssp encryption oracle remediation'],
		signature: 'credssp-oracle',
		causes: [],
		says: 'The CredSSP update levels of client and server do not match',
	},
	{
		// The CredSSP dialog prints this link in every display language, so it identifies the dialog
		// where the wording is not known.
		id: 'credssp-fwlink',
		kind: 'dialog',
		language: 'und',
		patterns: ['go.microsoft.com/fwlink/?linkid=866660'],
		signature: 'credssp-oracle',
		causes: [],
		says: "The CredSSP dialog's link to Microsoft's article on the CredSSP update",
	},
	{
		id: 'auth-function-not-supported',
		kind: 'dialog',
		language: 'en',
		patterns: ['an authentication error has occurred…the function requested is not supported'],
		causes: [{ id: 'nla-credssp', weight: 0.5 }],
		says: 'Authentication failed because client and server do not support the same function (typically CredSSP)',
	},
	{
		id: 'lsa-not-contacted',
		kind: 'dialog',
		language: 'en',
		patterns: ['the local security authority cannot be contacted'],
		signature: 'lsa-not-contacted',
		causes: [],
		says: 'Authentication could not reach the Local Security Authority',
	},
	{
		id: 'time-difference',
		kind: 'dialog',
		language: 'en',
		patterns: ['there is a time or date difference'],
		signature: 'time-difference',
		causes: [],
		says: 'The clocks of client and server differ too much for Kerberos',
	},
	{
		id: 'cannot-find-computer',
		kind: 'dialog',
		language: 'en',
		patterns: ["remote desktop can't find the computer", 'remote desktop cannot find the computer'],
		signature: 'cannot-find-computer',
		causes: [],
		says: 'The name did not resolve',
	},
	{
		id: 'service-busy',
		kind: 'dialog',
		language: 'en',
		patterns: [
			'remote desktop services is currently busy',
			'remote desktop service is currently busy',
		],
		signature: 'service-busy',
		causes: [],
		says: 'The server refuses new connections for now',
	},
	{
		id: 'no-license-servers',
		kind: 'dialog',
		language: 'en',
		patterns: ['no remote desktop license servers available to provide a license'],
		signature: 'no-license-servers',
		causes: [],
		says: 'The Session Host found no license server',
	},
	{
		id: 'licensing-error-app',
		kind: 'dialog',
		language: 'en',
		patterns: ["couldn't connect to the remote pc because of a licensing error"],
		causes: [{ id: 'licensing', weight: 0.6 }],
		says: 'The Remote Desktop app could not connect because the host could not license the session',
	},
	{
		id: 'license-sequence-aborted',
		kind: 'log',
		language: 'en',
		patterns: ['license connection sequence aborted'],
		causes: [{ id: 'licensing', weight: 0.5 }],
		says: 'FreeRDP: the server ended the licensing exchange (often no client access licence, or no license server)',
	},
	{
		id: 'credentials-did-not-work',
		kind: 'dialog',
		language: 'en',
		patterns: ['your credentials did not work'],
		causes: [
			{ id: 'client-side', weight: 0.3 },
			{ id: 'nla-credssp', weight: 0.3 },
		],
		says: 'The sign-in was refused: a wrong or stale saved credential, or an account the server does not accept',
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
		says: 'Event 1069: the RD Licensing grace period is over',
	},
];

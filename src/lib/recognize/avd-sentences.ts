/**
 * Dialog sentences of the Azure Virtual Desktop and Windows 365 service (codes 0x3000046 and
 * 0x3000047), and of the 0x1104 client protocol error. Same rules as client-sentences.ts (see
 * sentence-list.ts). Microsoft documents none of these codes; each sentence names where its
 * wording comes from.
 */
import type { SentenceDef } from './sentence-list.ts';

export const AVD_SENTENCES: readonly SentenceDef[] = [
	{
		// Microsoft's Windows 365 "Troubleshoot Cloud PC connection errors" page and its AZ-140 lab
		// quote it; https://github.com/MicrosoftDocs/azure-docs/issues/60645 shows it with 0x3000046.
		id: 'avd-no-resources',
		kind: 'dialog',
		language: 'en',
		patterns: ["we couldn't connect because there are currently no available resources"],
		signature: 'avd-no-resources',
		causes: [],
		says: 'Azure Virtual Desktop or Windows 365 found no session host or Cloud PC to take the connection',
	},
	{
		// As a user copied it with 0x3000047: https://github.com/MicrosoftDocs/azure-docs/issues/55687.
		id: 'avd-resource-access-error',
		kind: 'dialog',
		language: 'en',
		patterns: [
			'an error occurred while accessing this resource. retry the connection or contact your system administrator',
		],
		causes: [],
		says: 'Azure Virtual Desktop could not open the resource; Microsoft documents no meaning for this message (0x3000047)',
	},
	{
		// As users report it (https://github.com/stascorp/rdpwrap/issues/363); a cloud vendor ties it
		// to port 3389 blocked or taken and to the security layer, Microsoft documents no meaning.
		id: 'protocol-error-client-0x1104',
		kind: 'dialog',
		language: 'en',
		patterns: ['because of a protocol error detected at the client (code 0x1104)'],
		causes: [
			{ id: 'network-path', weight: 0.3 },
			{ id: 'listener', weight: 0.3 },
			{ id: 'security-layer', weight: 0.2 },
		],
		says: 'The client found a protocol error and ended the session (0x1104, not documented by Microsoft)',
	},
];

import type { CodeFamily, Evidence, SeenIn } from '../../schemas/codes.ts';
import { assertNever } from '../assert-never.ts';

/** What a family is, in the words of a person reading the error dialog. */
export interface FamilyInfo {
	/** Short name, e.g. "Error code (disconnect reason)". */
	label: string;
	/** One-sentence explanation of where this table comes from. */
	about: string;
}

/** Describes a family for headings and tables. */
export function familyInfo(family: CodeFamily): FamilyInfo {
	switch (family) {
		case 'disconnect':
			return {
				label: 'Error code (disconnect reason)',
				about:
					'The "Error code" of the Remote Desktop Connection dialog: the reason the client gives for the disconnection (Microsoft\'s OnDisconnected list). Event 1026 on the client logs it in decimal.',
			};
		case 'extended':
			return {
				label: 'Extended error code',
				about:
					'The "Extended error code" of the dialog: extra detail the client got about the disconnection (Microsoft\'s ExtendedDisconnectReasonCode list). Server event 40 uses the same numbers.',
			};
		case 'errorinfo':
			return {
				label: 'Server error info (MS-RDPBCGR)',
				about:
					'The reason a server sends in the Set Error Info PDU just before it drops the connection, as defined by the MS-RDPBCGR protocol specification.',
			};
		case 'negotiation':
			return {
				label: 'Negotiation failure',
				about:
					'The code a server returns in its very first reply (RDP_NEG_FAILURE) when it cannot agree on a security protocol with the client.',
			};
		case 'reported':
			return {
				label: "Reported codes outside Microsoft's tables",
				about:
					"Codes people see and search for that appear in none of Microsoft's tables, each with how solid the evidence for its meaning is.",
			};
		case 'freerdp':
			return {
				label: 'FreeRDP connect error (ERRCONNECT)',
				about:
					'The connect errors of FreeRDP and the clients built on it (xfreerdp, Remmina, Guacamole): the reason the client gives up, logged as ERRCONNECT_… [0x0002….]. FreeRDP defines them, not Microsoft.',
			};
		default:
			return assertNever(family);
	}
}

/** A label for the evidence badge. */
export function evidenceLabel(evidence: Evidence): string {
	switch (evidence) {
		case 'official':
			return 'Official: Microsoft documentation or specification';
		case 'vendor':
			return 'Vendor source, not confirmed by Microsoft';
		case 'community':
			return 'Community reports only';
		case 'unverified':
			return 'Unverified: no reliable source for the meaning';
		default:
			return assertNever(evidence);
	}
}

/** Where a person meets a code, as a sentence fragment. */
export function seenInLabel(place: SeenIn): string {
	switch (place) {
		case 'dialog-error-code':
			return 'the Remote Desktop Connection dialog, as "Error code" (hex)';
		case 'dialog-extended-code':
			return 'the Remote Desktop Connection dialog, as "Extended error code" (hex)';
		case 'event-1026':
			return 'client event 1026 (TerminalServices-RDPClient/Operational), as "Reason= N" in decimal';
		case 'event-40':
			return 'server event 40 (TerminalServices-LocalSessionManager/Operational), as "reason code N"';
		case 'server-errorinfo':
			return 'the Set Error Info PDU the server sends before it disconnects (network captures, FreeRDP and other client logs)';
		case 'protocol-error-dialog':
			return 'a "Because of a protocol error (code: 0x…)" dialog';
		case 'negotiation-response':
			return "the server's first reply (X.224 Connection Confirm), in network captures and client logs";
		case 'freerdp-log':
			return 'the log of FreeRDP or a client built on it (xfreerdp, Remmina, Guacamole), as "ERRCONNECT_… [0x0002….]"';
		case 'app-dialog':
			return 'the error dialog of a Remote Desktop app (macOS, iOS, Windows App or mstsc)';
		default:
			return assertNever(place);
	}
}

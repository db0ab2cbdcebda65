/**
 * The regexes of findCodes (find-codes.ts). Each repetition is bounded and no quantifier is
 * nested, so every pattern runs in time linear in the text; CODE_PATTERNS lists them all for the
 * timing test. All are global or sticky: reset lastIndex before use.
 */
import { DIALOG_LABELS, labelsSource } from './code-labels.ts';

const SP = '[ \\t\\u00a0\\u202f]';
// A number after a label: hex with 0x, or digits; not followed by more word characters.
const NUM = '(0x[0-9a-f]{1,8}|[0-9]{1,10})(?![0-9a-z_])';
const SEP = `\\s{0,4}[:：=]?\\s{0,4}`;

export const DIALOG = new RegExp(`(${labelsSource(DIALOG_LABELS)})${SEP}${NUM}`, 'giu');
// Event 40 on the server: "Session 3 has been disconnected, reason code 7" (extended numbering).
export const EVENT_40 = new RegExp(
	`disconnected,?${SP}{0,3}reason${SP}{1,3}code${SEP}${NUM}`,
	'gi',
);
// Event 1026 "(Reason= 2308)", "disconnect reason 2308", "The reason code is 2308", "discReason 2308".
export const REASON = new RegExp(
	`(?<![a-z])(?:reason${SP}{0,2}=|disconnect(?:ion)?${SP}{1,3}reason(?:${SP}{1,3}code)?|reason${SP}{1,3}code(?:${SP}{1,3}is)?|discReason)${SEP}${NUM}`,
	'gi',
);
// mRemoteNG: "RDP disconnected!" then the disconnect reason in decimal and the client's text
// ("3334 Because of a protocol error…", "516 Remote Desktop can't connect…").
export const MREMOTENG = new RegExp(`RDP${SP}disconnected!\\s{1,4}([0-9]{1,10})(?=${SP})`, 'gi');
export const FAILURE_CODE = new RegExp(`(?<![a-z])failureCode${SEP}${NUM}`, 'gi');
export const LAST_ERROR = new RegExp(
	`freerdp_get_last_error(?:_name|_string)?(?:\\([^)\\n]{0,40}\\))?${SP}{0,3}(?:returned|returns|is)?${SEP}${NUM}`,
	'gi',
);
// "(Code: 0x80080005)", "（代码：0x80010105）": the authentication and protocol-error dialogs.
export const CODE_IN_PARENS = new RegExp(`(?<=[(（]${SP}{0,2})(code|代码)${SEP}${NUM}`, 'giu');
export const HRESULT_LABEL = new RegExp(
	`(?<![a-z])(?:hresult|hr)${SEP}(0x[0-9a-f]{8})(?![0-9a-z_])`,
	'gi',
);
export const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]{2,99}/g;
// FreeRDP prints a name with its value: "ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]".
export const NAME_VALUE = /[ \t]{0,3}[[(][ \t]{0,2}(0x[0-9a-f]{1,8})[ \t]{0,2}[\])]/iy;
export const BARE_HEX = /(?<![0-9a-z_])0x[0-9a-f]{1,8}(?![0-9a-z_])/gi;
// The label starts at its first non-space character and never crosses a line break, so from each
// line start there is one way to match the indent and at most 40 label lengths to try.
export const DIALOG_LINE = new RegExp(
	`^${SP}{0,8}[^\\s:：][^\\n\\r\\u2028\\u2029:：]{0,39}[:：]${SP}{0,4}(0x[0-9a-f]{1,8})${SP}{0,8}$`,
	'gim',
);

/** Every regex findCodes runs, for the linear-time test. */
export const CODE_PATTERNS: readonly RegExp[] = [
	DIALOG,
	EVENT_40,
	REASON,
	MREMOTENG,
	FAILURE_CODE,
	LAST_ERROR,
	CODE_IN_PARENS,
	HRESULT_LABEL,
	IDENTIFIER,
	NAME_VALUE,
	BARE_HEX,
	DIALOG_LINE,
];

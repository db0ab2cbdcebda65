/**
 * Which Remote Desktop client printed a text, from marks only that client prints. Checked in
 * order, first match wins: Remmina and the other FreeRDP front ends print FreeRDP's log lines too,
 * so they come before FreeRDP itself. Each test runs on a capped prefix of the text.
 */

/** A client the site can name. */
export type ClientId =
	'remmina' | 'mremoteng' | 'rdcman' | 'freerdp' | 'windows-app-macos' | 'mstsc';

/** Longest prefix of the text the client tests read. */
const MAX_SCAN = 200_000;

/** The tests, in order; exported for the timing test. */
export const CLIENT_PATTERNS: readonly { id: ClientId; test: RegExp }[] = [
	{
		id: 'remmina',
		test: /\(remmina:\d{1,9}\)|\bRemmina\s+-\s+(?:Version\s+)?\d|\bremmina\.(?:pref|remmina)\b/i,
	},
	{
		id: 'mremoteng',
		test: /\bmRemoteNG\b|\bRDP disconnected!|Protocol Event Disconnected/i,
	},
	{ id: 'rdcman', test: /\bRDCMan\b|Remote Desktop Connection Manager/i },
	{
		id: 'freerdp',
		test: /\[com\.freerdp\.|\bxfreerdp\b|\bwlfreerdp\b|\bsdl-freerdp\b|\bERRCONNECT_[A-Z_]{3,60}|\bFreeRDP\.Log\b/,
	},
	// The Remote Desktop and Windows App clients for macOS and iOS word their dialogs this way.
	{
		id: 'windows-app-macos',
		test: /We couldn[’']t connect to the remote PC|Your session ended because of an error/i,
	},
	// Besides English wording: the window title alone on its line in other languages, each from a
	// real copy. 远程桌面连接: https://github.com/tp4a/teleport/issues/280 (a Ctrl+C copy);
	// Подключение к удаленному рабочему столу: a post quoting the dialog,
	// https://windoro.ru/0xc07-udalennyj-rabochij-stol-windows-10
	{
		id: 'mstsc',
		test: /\bmstsc(?:\.exe)?\b|Remote Desktop Connection(?! Broker| Manager)\b|RDP ClientActiveX|This computer can[’']t connect to the remote computer|Remote Desktop can[’']t connect to the remote computer|An authentication error has occurred|requires Network Level Authentication|^\[Window Title\]|Extended error code:|^[ \t]{0,8}(?:远程桌面连接|Подключение к удаленному рабочему столу)[ \t\r]{0,8}$/im,
	},
];

/** The client that printed the text, or undefined when nothing says. */
export function detectClient(text: string): ClientId | undefined {
	const head = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
	return CLIENT_PATTERNS.find((c) => c.test.test(head))?.id;
}

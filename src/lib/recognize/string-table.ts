/**
 * Where Microsoft's own strings of the Remote Desktop client are read: mstscax.dll.mui, the
 * ActiveX control that mstsc hosts and whose string table holds the dialogs' texts, and
 * KernelBase.dll.mui, whose message table holds the system messages some dialogs print inside
 * theirs (0x80090302 "The function requested is not supported"), in a public text dump of
 * Microsoft's Windows 11 24H2 language packs (one .rc file per file and display language).
 * Tests and scripts read this module; the browser never loads it.
 *
 * The dump prints each string on one line, `  13607, \t"…"` or `0x80090302,  \t"…"`, with C
 * escapes: `\n`, `\r`, `\"`, `\\` and `\xNN` (exactly two hex digits) for every character from
 * U+0080 to U+00FF; other characters (’, U+202F, CJK, Cyrillic) are written as themselves.
 */

/** The repository of the dump and the commit every path and text here was read at. */
export const DUMP_REPO = 'm417z/windows-language-files';
export const DUMP_COMMIT = '8470740e57fb0a9ff1175581f85bf11b4f801936';

/** The files of the dump read here. */
export type DumpFile = 'mstscax' | 'kernelbase';

/** Per file: its component folder's name before the locale, and the file name. */
const FILES: Readonly<Record<DumpFile, readonly [component: string, name: string]>> = {
	mstscax: ['t..tivexcore', 'mstscax.dll.mui.rc'],
	kernelbase: ['kernelbase', 'KernelBase.dll.mui.rc'],
};

/**
 * Per BCP-47 tag of the site's sentences and labels: the language pack's locale and the hash
 * that ends each file's component folder.
 */
export const DUMP_LOCALES: Readonly<
	Record<string, readonly [locale: string, folders: Readonly<Record<DumpFile, string>>]>
> = {
	en: ['en-us', { mstscax: '70b55971ef0aee0b', kernelbase: '751063101f14c91a' }],
	de: ['de-DE', { mstscax: 'c7c48379002ce246', kernelbase: 'cc1f8d173036bd55' }],
	fr: ['fr-FR', { mstscax: '13382c54e203f612', kernelbase: '179335f3120dd121' }],
	es: ['es-ES', { mstscax: '7080b655ef31dfb0', kernelbase: '74dbbff41f3bbabf' }],
	it: ['it-IT', { mstscax: 'fd60229bb935db90', kernelbase: '01bb2c39e93fb69f' }],
	'pt-BR': ['pt-BR', { mstscax: '72518ff65bbeebaa', kernelbase: '76ac99948bc8c6b9' }],
	ja: ['ja-JP', { mstscax: '9f85a1a8ac50ed6b', kernelbase: 'a3e0ab46dc5ac87a' }],
	'zh-CN': ['zh-CN', { mstscax: 'd03bc3dfd62cc81d', kernelbase: 'd496cd7e0636a32c' }],
	ko: ['ko-KR', { mstscax: '42ef7e5d9ec1b481', kernelbase: '474a87fbcecb8f90' }],
	ru: ['ru-RU', { mstscax: 'b9d67126400fe9b2', kernelbase: 'be317ac47019c4c1' }],
};

/** The path of a file's text in the dump, for a language of DUMP_LOCALES. */
export function dumpPath(language: string, file: DumpFile = 'mstscax'): string {
	const entry = DUMP_LOCALES[language];
	if (entry === undefined) throw new Error(`no language pack listed for "${language}"`);
	const [locale, folders] = entry;
	const [component, name] = FILES[file];
	return (
		`Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~${locale}~/` +
		`amd64_microsoft-windows-${component}.resources_31bf3856ad364e35_10.0.26100.1_` +
		`${locale.toLowerCase()}_${folders[file]}/${name}`
	);
}

/** The file's address on GitHub at the pinned commit. */
export function dumpUrl(language: string, file: DumpFile = 'mstscax'): string {
	return `https://github.com/${DUMP_REPO}/blob/${DUMP_COMMIT}/${dumpPath(language, file)}`;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', '"': '"', '\\': '\\' };

/** A string of the dump as the dialog holds it (escapes decoded); throws on an unknown escape. */
export function unescapeRc(raw: string): string {
	return raw.replace(/\\(x[0-9A-Fa-f]{2}|.)/g, (all, code: string) => {
		if (code.length === 3) return String.fromCharCode(parseInt(code.slice(1), 16));
		const ch = ESCAPES[code];
		if (ch === undefined) throw new Error(`unknown escape ${all} in "${raw}"`);
		return ch;
	});
}

const LINE = /^\s*(0x[0-9A-Fa-f]+|\d+),\s*"(.*)"\s*$/;

/** The STRINGTABLE and MESSAGETABLE entries of one dumped .rc text, by id, decoded. */
export function readStringTable(rc: string): Map<number, string> {
	const strings = new Map<number, string>();
	let inTable = false;
	for (const line of rc.replace(/^\uFEFF/, '').split(/\r?\n/)) {
		if (/^(STRINGTABLE|\d+ MESSAGETABLE)/.test(line)) inTable = true;
		else if (line.startsWith('}')) inTable = false;
		else if (inTable) {
			const m = LINE.exec(line);
			if (m !== null) strings.set(Number(m[1]), unescapeRc(m[2]!));
		}
	}
	return strings;
}

const DIALOG = /^(\d+) DIALOGEX\b/;
const CONTROL = /^\s*CONTROL "((?:[^"\\]|\\.)*)", (\d+),/;

/** The texts of the dialog resources' controls, by `dialog/control` id, decoded. */
export function readDialogTexts(rc: string): Map<string, string> {
	const texts = new Map<string, string>();
	let dialog: string | undefined;
	for (const line of rc.replace(/^\uFEFF/, '').split(/\r?\n/)) {
		const start = DIALOG.exec(line);
		if (start !== null) dialog = start[1];
		const m = CONTROL.exec(line);
		if (m !== null && dialog !== undefined) texts.set(`${dialog}/${m[2]}`, unescapeRc(m[1]!));
	}
	return texts;
}

/** printf placeholders of the strings: `%s`, `%x`, `%d`, `%u`, `%ls`, `%1`. */
const PLACEHOLDER = /%(?:l?[sdxXu]|\d+)/g;

/**
 * The runs of fixed text in a string once `args` fill its first placeholders (the dialog's value
 * for each); a placeholder with no argument splits the text, as `…` splits a pattern.
 */
export function fixedRuns(text: string, args: readonly string[] = []): string[] {
	const runs: string[] = [];
	let run = '';
	let n = 0;
	let from = 0;
	for (const m of text.matchAll(PLACEHOLDER)) {
		run += text.slice(from, m.index);
		const arg = args[n++];
		if (arg === undefined) {
			runs.push(run);
			run = '';
		} else run += arg;
		from = m.index + m[0].length;
	}
	runs.push(run + text.slice(from));
	return runs;
}

/**
 * The labels the Remote Desktop Connection dialog puts before its two codes ("Error code: 0x904",
 * "Extended error code: 0x7"), per Windows display language. Only labels seen in a real copy of
 * the dialog, or in the dialog's own string in Microsoft's resources for that language, are listed,
 * each with where it was seen; for other languages findCodes relies on the dialog's shape (two
 * "label: 0x…" lines in a row). Never add a label from a guess or a machine translation: a wrong
 * one would tell the wrong table.
 *
 * The resource string is number 13642 of mstscax.dll.mui ("Error code: 0x%x\nExtended error
 * code: 0x%x\nTimestamp (UTC): %s…"; mstsc.exe.mui string 15040 is the same text), read in a text
 * dump of Microsoft's Windows 11 24H2 language packs. Its zh-CN and ja strings equal the labels of
 * the real copies listed here, which is how we know the dump prints what the dialog prints.
 */

/** Which of the dialog's two codes a label introduces. */
export type DialogLabelKind = 'error' | 'extended';

/** One label as the dialog prints it. */
export interface DialogLabel {
	/** The label as written; a space matches any run of 0-3 spaces, `'` also matches `’`. */
	text: string;
	kind: DialogLabelKind;
	/** BCP-47 tag of the display language; LABEL_SOURCES says where its labels were seen. */
	language: string;
}

/**
 * Per display language: the label before the error code, then the one before the extended code.
 * The ones past ja come from Microsoft's string tables (code-label-sources.ts); fr-CA prints the
 * fr-FR labels and es-MX the es-ES ones; pt-PT's extended label ("código de erro expandido") is
 * not listed yet.
 */
const BY_LANGUAGE: readonly (readonly [language: string, error: string, extended: string])[] = [
	['en', 'error code', 'extended error code'],
	['zh-CN', '错误代码', '扩展错误代码'],
	['ja', 'エラー コード', '拡張エラー コード'],
	['de', 'fehlercode', 'erweiterter fehlercode'],
	['fr', "code d'erreur", "code d'erreur étendu"],
	['es', 'código de error', 'código de error extendido'],
	['it', 'codice errore', 'codice errore esteso'],
	['pt-BR', 'código de erro', 'código de erro estendido'],
	['ko', '오류 코드', '확장 오류 코드'],
	['ru', 'код ошибки', 'расширенный код ошибки'],
];

export const DIALOG_LABELS: readonly DialogLabel[] = BY_LANGUAGE.flatMap(
	([language, error, extended]): DialogLabel[] => [
		{ text: extended, kind: 'extended', language },
		{ text: error, kind: 'error', language },
	],
);

/** The key a label is found under: lower case, no spaces, one apostrophe. */
export function labelKey(text: string): string {
	return text
		.toLowerCase()
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/’/g, "'");
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Regex source matching any of the labels, longest first (so "extended error code" wins over
 * "error code" at the same place). Labels in a script with word spaces must start a word.
 */
export function labelsSource(labels: readonly DialogLabel[]): string {
	return [...labels]
		.sort((a, b) => b.text.length - a.text.length)
		.map((l) => {
			const body = escape(l.text).replace(/ /g, '[ \\t\\u00a0\\u202f]{0,3}').replace(/'/g, "['’]");
			return /^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(l.text)
				? `(?<![\\p{L}\\p{N}_])${body}`
				: body;
		})
		.join('|');
}

/** Labels by labelKey. */
export const LABELS_BY_KEY: ReadonlyMap<string, DialogLabel> = new Map(
	DIALOG_LABELS.map((l) => [labelKey(l.text), l]),
);

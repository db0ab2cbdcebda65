/**
 * The labels the Remote Desktop Connection dialog puts before its two codes ("Error code: 0x904",
 * "Extended error code: 0x7"), per Windows display language. Only labels seen in a real copy of
 * the dialog are listed, each with where it was seen; for other languages findCodes relies on the
 * dialog's shape (two "label: 0x…" lines in a row). Never add a label from a guess or a
 * machine translation: a wrong one would tell the wrong table.
 */

/** Which of the dialog's two codes a label introduces. */
export type DialogLabelKind = 'error' | 'extended';

/** One label as the dialog prints it. */
export interface DialogLabel {
	/** The label as written; a space matches any run of 0-3 spaces, `'` also matches `’`. */
	text: string;
	kind: DialogLabelKind;
	/** BCP-47 tag of the display language. */
	language: string;
	/** Where a real copy of the dialog shows this label. */
	seenAt: string;
}

export const DIALOG_LABELS: readonly DialogLabel[] = [
	{
		text: 'extended error code',
		kind: 'extended',
		language: 'en',
		seenAt: 'https://github.com/sebaxakerhtc/rdpwrap.ini/issues/305 (Ctrl+C copy of the dialog)',
	},
	{
		text: 'error code',
		kind: 'error',
		language: 'en',
		seenAt: 'https://github.com/sebaxakerhtc/rdpwrap.ini/issues/305 (Ctrl+C copy of the dialog)',
	},
	{
		text: '扩展错误代码',
		kind: 'extended',
		language: 'zh-CN',
		seenAt: 'https://github.com/anhkgg/SuperRDP/issues/38 (Ctrl+C copy of the dialog)',
	},
	{
		text: '错误代码',
		kind: 'error',
		language: 'zh-CN',
		seenAt: 'https://github.com/anhkgg/SuperRDP/issues/38 (Ctrl+C copy of the dialog)',
	},
	{
		text: '拡張エラー コード',
		kind: 'extended',
		language: 'ja',
		seenAt: 'https://qiita.com/mtmana/items/424579c1b9738c7a18c1 (dialog text quoted)',
	},
	{
		text: 'エラー コード',
		kind: 'error',
		language: 'ja',
		seenAt: 'https://qiita.com/mtmana/items/424579c1b9738c7a18c1 (dialog text quoted)',
	},
];

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

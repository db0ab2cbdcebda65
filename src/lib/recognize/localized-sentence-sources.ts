/**
 * Where a localized sentence's wording comes from when no public copy of it is in the corpus:
 * Microsoft's own string of the dialog for that display language, in mstscax.dll.mui (or a
 * system message of KernelBase.dll.mui that the dialog prints inside its own; see
 * string-table.ts for the dump). Tests read this module; the browser never loads it.
 *
 * SENTENCE_STRINGS lists, per English sentence, the strings that print it; the English strings
 * show that a localized twin says what its English sentence says (same string, other language).
 * The texts are kept in string-texts/, written from the dump by scripts/string-table-texts.mjs
 * and checked against it by the unit tests when a clone is at hand.
 */
import { DUMP_COMMIT, DUMP_LOCALES, DUMP_REPO, dumpPath, type DumpFile } from './string-table.ts';

/** One string of the dump, with the values the dialog shows for its first placeholders. */
export interface StringRef {
	readonly id: number;
	/** The file; mstscax when not given. */
	readonly file?: DumpFile;
	/** For a dialog's control text (mstscax): the dialog's id; `id` is then the control's. */
	readonly dialog?: number;
	/**
	 * Printed in place of the first placeholders: a value (`0x%x` of 0x112F's dialog is `0x112f`)
	 * or another string, in the same language (the system message in an authentication error).
	 */
	readonly args?: readonly (string | StringRef)[];
}

/** Per English sentence id (client-sentences.ts, family-sentences.ts): its strings. */
export const SENTENCE_STRINGS: Readonly<Record<string, readonly StringRef[]>> = {
	'cannot-connect-generic': [{ id: 13607 }],
	'internal-error': [{ id: 13606 }],
	'cannot-connect-prefix': [{ id: 13645 }],
	'remote-access-not-enabled': [{ id: 13645 }],
	'nla-required': [{ id: 13742 }],
	'nla-dc-unreachable': [{ id: 14015 }],
	'credssp-oracle': [{ id: 16206 }],
	// SEC_E_UNSUPPORTED_FUNCTION's message where the CredSSP dialog prints the error's text.
	'auth-function-not-supported': [{ id: 16206, args: [{ file: 'kernelbase', id: 0x80090302 }] }],
	'lsa-not-contacted': [{ file: 'kernelbase', id: 0x80090304 }],
	'time-difference': [{ id: 13746 }],
	'cannot-find-computer': [{ id: 13603 }],
	'name-not-in-network': [{ id: 13603 }],
	'no-license-servers': [{ id: 13626 }],
	'licensing-protocol-error': [{ id: 13623 }],
	'client-license-modified': [{ id: 13629 }],
	'protocol-error-0x112f': [{ id: 13621, args: ['112f'] }],
	'credentials-did-not-work': [{ id: 13707 }, { id: 13708 }],
	'logon-attempt-failed': [{ file: 'kernelbase', id: 0x8009030c }],
	'not-authorized-remote-login': [{ id: 13644 }],
	'security-error-cannot-connect': [{ id: 13602 }],
	'unexpected-server-cert': [{ id: 13721 }],
	'connection-lost-network': [{ id: 13615 }],
	'configuring-remote-session': [{ id: 16901 }],
	'rds-session-ended': [{ id: 13615 }, { id: 13600 }],
	'protocol-error': [{ id: 13610 }],
	'gateway-permission-list': [{ id: 15030 }],
	'gateway-not-authorized': [{ id: 15031 }],
	'gateway-unavailable': [{ id: 13660 }],
	'gateway-cert-name-mismatch': [{ id: 13656 }],
	'cert-name-incorrect': [{ id: 13560 }],
	'cert-untrusted-ca': [{ id: 13561 }],
	// The certificate warning's first line: control 14001 of dialog 14014.
	'cert-cannot-authenticate': [{ dialog: 14014, id: 14001 }],
};

/** The strings by file and id, and the dialogs' control texts by `dialog/control`, in one language. */
export type StringTexts = Readonly<Record<DumpFile, Readonly<Record<number, string>>>> & {
	readonly controls: Readonly<Record<string, string>>;
};

/** A string of the dump as a sentence's evidence: where it is and what it says. */
export interface StringSource {
	readonly repo: string;
	readonly commit: string;
	readonly path: string;
	/** BCP-47 tag (DUMP_LOCALES). */
	readonly language: string;
	readonly file: DumpFile;
	/** The dialog of a control's text. */
	readonly dialog?: number;
	readonly id: number;
	/** The values of its first placeholders, other strings' texts in place. */
	readonly args: readonly string[];
	/** The string as the dump holds it, escapes decoded. */
	readonly text: string;
}

/** The dialog's code labels (code-labels.ts): "Error code: 0x%x\nExtended error code: 0x%x…". */
export const LABEL_STRING = 13642;

/** Every string a ref needs: itself and the strings among its args. */
const refsOf = (ref: StringRef): StringRef[] => [
	ref,
	...(ref.args ?? []).flatMap((a) => (typeof a === 'string' ? [] : refsOf(a))),
];

/** Per file, the string ids every text file holds: the labels' and all of SENTENCE_STRINGS. */
export const STRING_IDS: Readonly<Record<DumpFile, readonly number[]>> = (() => {
	const refs = [{ id: LABEL_STRING }, ...Object.values(SENTENCE_STRINGS).flat()].flatMap(refsOf);
	const ids = (file: DumpFile) =>
		[
			...new Set(
				refs
					.filter((r) => (r.file ?? 'mstscax') === file && r.dialog === undefined)
					.map((r) => r.id),
			),
		].sort((a, b) => a - b);
	return { mstscax: ids('mstscax'), kernelbase: ids('kernelbase') };
})();

/** The `dialog/control` ids of the dialogs' control texts every text file holds. */
export const CONTROL_IDS: readonly string[] = Object.values(SENTENCE_STRINGS)
	.flat()
	.filter((r) => r.dialog !== undefined)
	.map((r) => `${r.dialog}/${r.id}`)
	.sort();

/**
 * The strings that print the English sentence `english` in `language`; empty when none is listed.
 * `texts` holds the strings by language (string-texts/index.ts, which is written from this
 * module's ids); throws when a listed string is missing there (run the script).
 */
export function stringSources(
	english: string,
	language: string,
	texts: Readonly<Record<string, StringTexts>>,
): StringSource[] {
	if (DUMP_LOCALES[language] === undefined) return [];
	const textOf = ({ id, file = 'mstscax', dialog }: StringRef): string => {
		const text =
			dialog === undefined
				? texts[language]?.[file][id]
				: texts[language]?.controls[`${dialog}/${id}`];
		if (text === undefined) throw new Error(`${file} ${id} (${language}) is not in string-texts/`);
		return text;
	};
	return (SENTENCE_STRINGS[english] ?? []).map((ref) => {
		const file = ref.file ?? 'mstscax';
		const args = (ref.args ?? []).map((a) => (typeof a === 'string' ? a : textOf(a)));
		const path = dumpPath(language, file);
		return {
			repo: DUMP_REPO,
			commit: DUMP_COMMIT,
			path,
			language,
			file,
			...(ref.dialog === undefined ? {} : { dialog: ref.dialog }),
			id: ref.id,
			args,
			text: textOf(ref),
		};
	});
}

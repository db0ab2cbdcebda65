/**
 * Where a localized sentence's wording comes from when no public copy of it is in the corpus:
 * Microsoft's own string of the dialog in mstscax.dll.mui for that display language (see
 * string-table.ts for the dump). Tests read this module; the browser never loads it.
 *
 * SENTENCE_STRINGS lists, per English sentence, the strings that print it; the English strings
 * show that a localized twin says what its English sentence says (same string, other language).
 * The texts are kept in string-texts/, written from the dump by
 * scripts/string-table-texts.mjs and checked against it by the unit tests when a clone is at hand.
 */
import { DUMP_COMMIT, DUMP_LOCALES, DUMP_REPO, dumpPath } from './string-table.ts';

/** One string of mstscax.dll.mui, with the values the dialog shows for its first placeholders. */
export interface StringRef {
	readonly id: number;
	/** Printed in place of the first placeholders (`0x%x` of 0x112F's dialog is `0x112f`). */
	readonly args?: readonly string[];
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
	'time-difference': [{ id: 13746 }],
	'cannot-find-computer': [{ id: 13603 }],
	'name-not-in-network': [{ id: 13603 }],
	'no-license-servers': [{ id: 13626 }],
	'licensing-protocol-error': [{ id: 13623 }],
	'client-license-modified': [{ id: 13629 }],
	'protocol-error-0x112f': [{ id: 13621, args: ['112f'] }],
	'credentials-did-not-work': [{ id: 13707 }, { id: 13708 }],
	'not-authorized-remote-login': [{ id: 13644 }],
	'security-error-cannot-connect': [{ id: 13602 }],
	'unexpected-server-cert': [{ id: 13721 }],
	'connection-lost-network': [{ id: 13615 }],
};

/** A string of the dump as a sentence's evidence: where it is and what it says. */
export interface StringSource {
	readonly repo: string;
	readonly commit: string;
	readonly path: string;
	/** BCP-47 tag (DUMP_LOCALES). */
	readonly language: string;
	readonly id: number;
	readonly args: readonly string[];
	/** The string as the dump holds it, escapes decoded. */
	readonly text: string;
}

/** The dialog's code labels (code-labels.ts): "Error code: 0x%x\nExtended error code: 0x%x…". */
export const LABEL_STRING = 13642;

/** The string ids every text file holds: the labels' and all ids of SENTENCE_STRINGS, sorted. */
export const STRING_IDS: readonly number[] = [
	...new Set([
		LABEL_STRING,
		...Object.values(SENTENCE_STRINGS).flatMap((refs) => refs.map((r) => r.id)),
	]),
].sort((a, b) => a - b);

/**
 * The strings that print the English sentence `english` in `language`; empty when none is listed.
 * `texts` holds the strings by language and id (string-texts/index.ts, which is written from this
 * module's ids); throws when a listed string is missing there (run the script).
 */
export function stringSources(
	english: string,
	language: string,
	texts: Readonly<Record<string, Readonly<Record<number, string>>>>,
): StringSource[] {
	if (DUMP_LOCALES[language] === undefined) return [];
	return (SENTENCE_STRINGS[english] ?? []).map(({ id, args = [] }) => {
		const text = texts[language]?.[id];
		if (text === undefined) throw new Error(`string ${id} (${language}) is not in string-texts/`);
		const path = dumpPath(language);
		return { repo: DUMP_REPO, commit: DUMP_COMMIT, path, language, id, args, text };
	});
}

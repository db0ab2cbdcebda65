/**
 * Words an error page gives Pagefind beyond its visible text, so that search lands a person on
 * the page of the error they have:
 * - the numeric spellings of the codes the error owns, as metadata weighted just above the code
 *   page's (src/lib/search/meta-weights.ts): a search for 0x204 lists /errors/0x204/ first and
 *   the code's own page next;
 * - the names a client log prints for it (E_PROXY_TS_CONNECTFAILED), shown on the page;
 * - its dialogs in other languages as the recognizer knows them from real copies, with Chinese
 *   and Japanese cut into words: Pagefind splits only at spaces on a page whose language is
 *   English, so 凭据 would never match 你的凭据不起作用.
 */
import type { CodeEntry } from '../../schemas/codes.ts';
import type { ErrorNode } from '../../schemas/graph.ts';
import type { SentenceDef } from '../recognize/sentence-list.ts';
import { FAMILY_ORDER, toHex } from '../codes/spellings.ts';
import { codeTitle } from '../codes/titles.ts';
import { errorMetaKey } from '../search/meta-weights.ts';

type Code = Pick<CodeEntry, 'id' | 'family' | 'hex' | 'decimal'>;
/** What these functions read of an error. */
type SearchedError = Pick<ErrorNode, 'id' | 'title' | 'codes' | 'sentences'>;

/**
 * The spellings of a code as a dialog shows it: `0x` hex, lower and upper case. Decimal, bare and
 * zero-padded numbers come from logs and event messages; they keep landing on the code's page.
 */
const dialogSpellings = (code: Code): string[] => {
	const hex = toHex(code.decimal);
	return [...new Set([hex, `0x${hex.slice(2).toUpperCase()}`])];
};

/**
 * The one error that a code's searches land on, among the errors that list it: the error whose
 * title names the code (0x807 belongs to "Error code 0x907 or 0x807 …" and to the credentials
 * error; the title is what a person recognises), else the error listing the fewest codes (the
 * most specific), else the first in list order.
 */
export function codeOwner(code: Code, errors: readonly SearchedError[]): SearchedError | undefined {
	const listing = errors.filter((e) => e.codes.includes(code.id));
	const names = (e: SearchedError) => new RegExp(`\\b${code.hex}\\b`, 'i').test(e.title);
	return (
		listing.find(names) ??
		listing.reduce<SearchedError | undefined>(
			(best, e) => (best && best.codes.length <= e.codes.length ? best : e),
			undefined,
		)
	);
}

/** Whether Pagefind's title field of a page with this title holds the word. */
const titleHolds = (title: string, word: string): boolean =>
	title
		.toLowerCase()
		.split(/[^\p{L}\p{N}_]+/u)
		.includes(word.toLowerCase());

/**
 * For each error, its code spellings by metadata field (src/lib/search/meta-weights.ts). A
 * spelling stands for the code that ranks first for it without this rule: the code of that number
 * in the table the dialog shows first (FAMILY_ORDER; 0x104 is disconnect/0x104 before
 * extended/0x104). When that code is an error's own, the spelling goes to that error (codeOwner);
 * otherwise to no error, and the code's page stays first. An error page has at most two fields,
 * weighted for the first table among its codes: the numbers its title shows, and the others.
 */
export function codeWordsByError(
	errors: readonly SearchedError[],
	codes: readonly Code[],
): Map<string, Map<string, string[]>> {
	const rank = (c: Code) => FAMILY_ORDER.indexOf(c.family);
	const standsFor = new Map<string, Code>();
	for (const code of codes)
		for (const word of dialogSpellings(code)) {
			const key = word.toLowerCase();
			const held = standsFor.get(key);
			if (!held || rank(code) < rank(held)) standsFor.set(key, code);
		}
	const owned = new Map<string, { code: Code; word: string }[]>(errors.map((e) => [e.id, []]));
	for (const code of codes) {
		const owner = codeOwner(code, errors);
		for (const word of owner ? dialogSpellings(code) : [])
			if (standsFor.get(word.toLowerCase()) === code) owned.get(owner!.id)?.push({ code, word });
	}
	const fields = new Map<string, Map<string, string[]>>();
	for (const error of errors) {
		const own = owned.get(error.id) ?? [];
		const top = FAMILY_ORDER.find((f) => own.some((o) => o.code.family === f));
		const byKey = new Map<string, string[]>();
		for (const { code, word } of own) {
			const gap =
				titleHolds(codeTitle(code), word) && !titleHolds(error.title, word) ? 'code' : 'same';
			const key = errorMetaKey(top ?? code.family, gap);
			byKey.set(key, [...(byKey.get(key) ?? []), word]);
		}
		fields.set(error.id, byKey);
	}
	return fields;
}

/** The sentences an error lists, and the localized sentences whose English twin it lists. */
function sentencesOf(error: SearchedError, sentences: readonly SentenceDef[]): SentenceDef[] {
	const listed = new Set(error.sentences);
	return sentences.filter((s) => listed.has(s.id) || (s.twin !== undefined && listed.has(s.twin)));
}

/** Identifiers a client log prints, as the recognizer knows them (`e_proxy_ts_connectfailed`). */
const LOG_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

/** The error names a client log prints for this error, upper case as the logs print them. */
export function logNames(error: SearchedError, sentences: readonly SentenceDef[]): string[] {
	const names = sentencesOf(error, sentences)
		.filter((s) => s.kind === 'log')
		.flatMap((s) => s.patterns.filter((p) => LOG_NAME.test(p)).map((p) => p.toUpperCase()));
	return [...new Set(names)];
}

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Search words for an error's dialogs in other languages: each localized pattern's parts as
 * written (a whole copied sentence matches), and for Chinese and Japanese each word the platform's
 * word segmenter finds and each pair of neighbouring words (远程桌面 is 远程 + 桌面).
 */
export function localizedWords(error: SearchedError, sentences: readonly SentenceDef[]): string[] {
	const words: string[] = [];
	for (const sentence of sentencesOf(error, sentences)) {
		if (sentence.language === 'en' || sentence.language === 'und') continue;
		const segmenter = new Intl.Segmenter(sentence.language, { granularity: 'word' });
		for (const part of sentence.patterns.flatMap((p) => p.split('…'))) {
			for (const chunk of part.split(/\s+/).filter(Boolean)) {
				words.push(chunk);
				if (!UNSPACED.test(chunk)) continue;
				const segments = [...segmenter.segment(chunk)]
					.filter((s) => s.isWordLike)
					.map((s) => s.segment);
				words.push(...segments, ...segments.slice(1).map((s, i) => `${segments[i]}${s}`));
			}
		}
	}
	return [...new Set(words)];
}

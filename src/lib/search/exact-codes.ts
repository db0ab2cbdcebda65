/**
 * The code pages a search for a code's exact spelling should open, shown above the search
 * dialog's results (exact-code-line.ts). Pagefind matches words by their start, so a search for
 * `0x10` also finds every page with 0x101 to 0x10b, and one of those may rank above 0x10's own
 * page; the map of every code spelling (exact-code-map.ts, built with the site) knows which codes
 * the text spells exactly. Pure: no DOM, no fetch, and none of the decoder's code.
 *
 * Only a query that is a code as a dialog or log prints it counts, read as search reads it
 * (code-query.ts: `Fehlercode: 0x904`, `0x904;0x7`): `0x` hex (one code, or the error code and
 * the extended one), or a code's name (`ERRINFO_SERVER_DENIED_CONNECTION`,
 * `exDiscReasonServerDeniedConnection`, any case). A `0x` number in no table is named as such, so
 * the results, which match it by its start, do not pass for its page. A bare number is left to
 * Pagefind: `1058` is as likely an event ID as a decimal code, and its results say which.
 */
import { searchTerm } from './code-query.ts';

/** A page offered for an exact code: its path under the site's base, and its title. */
export interface CodeHit {
	readonly path: string;
	readonly title: string;
}

/** Each spelling (lower-case `0x` hex without padding, or a name) and the pages it opens. */
export type ExactCodeMap = Readonly<Record<string, readonly CodeHit[]>>;

/** The map's key for the page of the 0x904 / 0x7 pair. */
export const PAIR_KEY = '0x904 0x7';

/** What the line says for a query: the pages of its codes, and its `0x` numbers in no table. */
export interface CodeLine {
	readonly hits: readonly CodeHit[];
	/** Numbers in none of the tables, in lower-case hex as typed (`0xdeadbeef`). */
	readonly unknown: readonly string[];
}

/** One or two `0x` codes, as code-query.ts leaves them. */
const HEX_QUERY = /^0x[0-9a-f]{1,8}(?: 0x[0-9a-f]{1,8})?$/i;
const HEX_WORD = /^0x[0-9a-f]{1,8}$/i;
/** A name as logs print it: words joined by underscores (any case). */
const NAME_QUERY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/i;
/** camelCase names are long (exDiscReasonServerDeniedConnection): not RemoteApp or CredSSP. */
const CAMEL_QUERY = /^(?=.{10})[A-Za-z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+$/;
/** A camelCase name typed in one case (exdiscreasonserverdeniedconnection): long. */
const FLAT_QUERY = /^[a-z]{20,}$/i;
/** The tables of the dialog's error code, then of its extended code. */
const PAIR_SLOTS: readonly (readonly string[])[] = [
	['disconnect', 'reported'],
	['extended', 'errorinfo'],
];
/** More pages than this for one query is no longer a jump to the code. */
const MAX_HITS = 6;
const NOTHING: CodeLine = { hits: [], unknown: [] };

/** Whether `value` is an ExactCodeMap (the fetched file may be anything). */
export function isExactCodeMap(value: unknown): value is ExactCodeMap {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.values(value).every(
			(hits) =>
				Array.isArray(hits) &&
				hits.every(
					(h: unknown) =>
						typeof h === 'object' &&
						h !== null &&
						typeof (h as CodeHit).path === 'string' &&
						typeof (h as CodeHit).title === 'string',
				),
		)
	);
}

/** `query` as search reads it (code-query.ts) when that may spell a code exactly, else undefined. */
function codeTerm(query: string): string | undefined {
	const text = searchTerm(query.trim());
	const code =
		text.length <= 80 &&
		[HEX_QUERY, NAME_QUERY, CAMEL_QUERY, FLAT_QUERY].some((pattern) => pattern.test(text));
	return code ? text : undefined;
}

/** Whether `query` may spell a code exactly, so the map is worth fetching. Never throws. */
export const mayBeCode = (query: string): boolean => codeTerm(query) !== undefined;

/** The map's key for a word: `0x` hex without padding, or the name in lower case. */
const keyOf = (word: string): string =>
	HEX_WORD.test(word) ? `0x${Number.parseInt(word.slice(2), 16).toString(16)}` : word.toLowerCase();

/**
 * The code pages whose code `query` spells exactly, in the order of the dialog's tables, and the
 * `0x` numbers it holds that no table has. 0x904 with 0x7 gives the pair's page; two other codes
 * give the first's pages in the error code's tables and the second's in the extended code's
 * (each from any table when not in its own). Nothing for any other text. Never throws.
 */
export function exactCodeHits(query: string, map: ExactCodeMap): CodeLine {
	const term = codeTerm(query);
	if (term === undefined) return NOTHING;
	const words = term.split(' ');
	const keys = words.map(keyOf);
	if (keys.length === 2 && keys.includes('0x904') && keys.includes('0x7'))
		return { hits: map[PAIR_KEY] ?? [], unknown: [] };
	const hits: CodeHit[] = [];
	const unknown: string[] = [];
	keys.forEach((key, i) => {
		const pages = Object.hasOwn(map, key) ? (map[key] ?? []) : [];
		const slot = keys.length === 2 ? PAIR_SLOTS[i]! : [];
		const inSlot = pages.filter((p) =>
			slot.some((family) => p.path.startsWith(`codes/${family}/`)),
		);
		if (pages.length > 0) hits.push(...(inSlot.length > 0 ? inSlot : pages));
		else if (HEX_WORD.test(words[i]!)) unknown.push(words[i]!.toLowerCase());
	});
	const unique = [...new Map(hits.map((h) => [h.path, h])).values()];
	return { hits: unique.length > MAX_HITS ? [] : unique, unknown };
}

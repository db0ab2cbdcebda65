/**
 * The code pages a search for a code's exact spelling should open, shown above the search
 * dialog's results (exact-code-line.ts). Pagefind matches words by their start, so a search for
 * `0x10` also finds every page with 0x101 to 0x10b, and one of those may rank above 0x10's own
 * page; the decoder's index knows which codes the text spells exactly. Pure: no DOM, no fetch.
 *
 * Only a query that is a code as a dialog or log prints it counts: `0x` hex (one code, or the
 * error code and the extended one), or a code's name (`ERRINFO_SERVER_DENIED_CONNECTION`,
 * `exDiscReasonServerDeniedConnection`). A bare number is left to Pagefind: `1058` is as likely an
 * event ID as a decimal code, and its results say which.
 */
import type { CodeIndexEntry } from '../../schemas/codes.ts';
import { decode, type Match } from '../codes/lookup.ts';
import { toHex } from '../codes/spellings.ts';
import { codeTitle, PAIR_PAGE } from '../codes/titles.ts';

/** A page offered for an exact code: its path under the site's base, and its title. */
export interface CodeHit {
	readonly path: string;
	readonly title: string;
}

/** Hex codes as dialogs print them: one, or an error code and its extended code. */
const HEX_QUERY = /^0x[0-9a-f]{1,8}(?:[\s,/]+0x[0-9a-f]{1,8})?$/i;
/** A name as logs print it: words joined by underscores (any case), or camelCase. */
const NAME_QUERY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/i;
/** camelCase names are long (exDiscReasonServerDeniedConnection): not RemoteApp or CredSSP. */
const CAMEL_QUERY = /^(?=.{10})[A-Za-z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+$/;
/** More pages than this for one query is no longer a jump to the code. */
const MAX_HITS = 4;

/** Whether `query` may spell a code exactly, so the index is worth fetching. Never throws. */
export function mayBeCode(query: string): boolean {
	const text = query.trim();
	return (
		text.length <= 80 && (HEX_QUERY.test(text) || NAME_QUERY.test(text) || CAMEL_QUERY.test(text))
	);
}

const hitOf = ({ entry }: Match): CodeHit => {
	const [family, hex] = [entry.family, toHex(entry.decimal)];
	return { path: `codes/${family}/${hex}/`, title: codeTitle({ family, hex }) };
};

/**
 * The code pages whose code `query` spells exactly, in the order of the dialog's tables; the
 * 0x904 / 0x7 pair gives its own page. Empty for any other text, also for a name matched only in
 * part. Never throws.
 */
export function exactCodeHits(query: string, index: readonly CodeIndexEntry[]): CodeHit[] {
	if (!mayBeCode(query)) return [];
	const result = decode(query, index);
	let hits: CodeHit[];
	switch (result.type) {
		case 'found':
			hits = result.partial ? [] : result.matches.map(hitOf);
			break;
		case 'pair':
			hits = result.isKnownPair ? [PAIR_PAGE] : [...result.main, ...result.extended].map(hitOf);
			break;
		default:
			hits = [];
	}
	const unique = [...new Map(hits.map((h) => [h.path, h])).values()];
	return unique.length > MAX_HITS ? [] : unique;
}

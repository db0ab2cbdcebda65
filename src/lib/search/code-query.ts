/**
 * What the search dialog hands Pagefind for a query with `0x` codes in it (Pagefind UI's
 * `processTerm`, set in lazy-ui.ts), and what the exact-code line reads (exact-codes.ts). Pagefind
 * wants every word of a query on a page, and reads `0x904;0x7` as one word: a dialog line such
 * as `Fehlercode: 0x904`, or two codes glued by punctuation, found nothing or only the page about
 * codes in no table. Pure: no DOM.
 *
 * For text with a `0x` code: full-width characters become ASCII and `0×904` (a multiplication
 * sign, or a Cyrillic х) becomes `0x904`; codes glued by `;` `:` `,` `/` `|` `+` or a dash are parted;
 * the dialog's code labels in its ten languages (code-labels.ts) go, with their colon; brackets,
 * quotes and end punctuation around a code go; a code padded to eight digits stays as logs print
 * it (`0x00000904`), one padded past eight is cut to eight, and one padded to fewer loses its
 * zeros (`0x0904` is 0x904). Text without a `0x` code is handed over as typed.
 */
import { DIALOG_LABELS, labelsSource } from '../codes/code-labels.ts';

const LABELS = new RegExp(`(?:${labelsSource(DIALOG_LABELS)})\\s*[:：]?`, 'giu');
/** Text longer than this is a paste, not a query: handed over as typed. */
const MAX_LENGTH = 500;

/** `query` as the dialog searches it. Never throws. */
export function searchTerm(query: string): string {
	if (query.length > MAX_LENGTH) return query;
	let text = query
		.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/(?<![0-9a-z])0[×хХ](?=[0-9a-f])/giu, '0x');
	if (!/(?<![0-9a-z])0x[0-9a-f]/i.test(text)) return query;
	text = text
		.replace(LABELS, ' ')
		.replace(/(0x[0-9a-f]+)\s*[;:,/|+\-–—]+\s*(?=0x)/gi, '$1 ')
		.split(/\s+/)
		.map((word) => {
			const code = /^[([{<"'`‘“«]*(0x[0-9a-f]+)[)\]}>"'`’”».,:;!?]*$/i.exec(word)?.[1];
			if (code === undefined) return word;
			const digits = code.slice(2);
			if (digits.length > 8) return `0x${digits.replace(/^0+(?=[0-9a-f]{8})/i, '')}`;
			return digits.length < 8 ? `0x${digits.replace(/^0+(?=[0-9a-f])/i, '')}` : code;
		})
		.filter(Boolean)
		.join(' ');
	return text;
}

import type { CodeEntry, CodeFamily } from '../../schemas/codes.ts';

/** Families in the order a person should read them: what the dialog shows first. */
export const FAMILY_ORDER: readonly CodeFamily[] = [
	'disconnect',
	'extended',
	'errorinfo',
	'negotiation',
	'reported',
	'freerdp',
];

/** Lowercase `0x` hex without padding: the canonical spelling of ids and URLs. */
export function toHex(value: number): string {
	return `0x${value.toString(16)}`;
}

/** Eight-digit zero-padded hex, as Windows logs and dumps often print a 32-bit code. */
export function toPaddedHex(value: number): string {
	return `0x${value.toString(16).padStart(8, '0')}`;
}

/** The id of a code: `<family>/<hex>`. */
export function codeId(family: CodeFamily, value: number): string {
	return `${family}/${toHex(value)}`;
}

/** Splits an id into its family and hex parts; the family part is not validated here. */
export function splitCodeId(id: string): { family: string; hex: string } {
	const [family = '', hex = ''] = id.split('/');
	return { family, hex };
}

/** The family of a code the paste shows that is in no table; its one page is /codes/not-in-tables/. */
export const NOT_IN_TABLES = 'not-in-tables';

/**
 * Site-relative URL of a code page, joined to the base path (which ends in `/`). A code in no
 * table (`not-in-tables/0xd06`, src/lib/recognize/evidence.ts) has the one page on such codes.
 */
export function codeUrl(id: string, base = '/'): string {
	const page = id.startsWith(`${NOT_IN_TABLES}/`) ? NOT_IN_TABLES : id;
	return `${base.replace(/\/?$/, '/')}codes/${page}/`;
}

/**
 * Every way a person may type the code, for search and the "Also written as" line:
 * hex, upper-case hex, bare hex, decimal, zero-padded hex and each symbolic name.
 */
export function spellingsOf(entry: Pick<CodeEntry, 'decimal' | 'names'>): string[] {
	const hex = toHex(entry.decimal);
	const bare = hex.slice(2);
	const list = [
		hex,
		`0x${bare.toUpperCase()}`,
		bare,
		String(entry.decimal),
		toPaddedHex(entry.decimal),
		...entry.names.map((n) => n.value),
	];
	return [...new Set(list)];
}

/** Pagefind metadata key holding a code's numeric spellings; weighted per family in astro.config.mjs. */
export function aliasMetaKey(family: CodeFamily): string {
	return `${family}_code`;
}

/**
 * Search words for numbers in none of our tables. Pagefind answers a query word that starts no
 * indexed word with the longest indexed word that is a prefix of it (find_word_extensions in
 * pagefind_web/src/search.rs), so 0x3000064 would land on 0x300's page. For each code's `0x`
 * spelling these words add one more hex digit; the page that carries them (/codes/not-in-tables/)
 * then holds a longer prefix of any unlisted 0x number than any code page. Digits without 0x get
 * only the letters a-f: a word such as 1058 would catch searches for event 1058.
 * Words that are themselves a code's spelling are left out.
 */
export function unlistedPrefixWords(values: readonly number[]): string[] {
	const spelled = new Set(values.flatMap((v) => spellingsOf({ decimal: v, names: [] })));
	const words = new Set<string>();
	for (const v of values) {
		const hex = toHex(v);
		for (const digit of '0123456789abcdef') {
			const candidates = [hex + digit, ...(/[a-f]/.test(digit) ? [hex.slice(2) + digit] : [])];
			for (const word of candidates) if (!spelled.has(word)) words.add(word);
		}
	}
	return [...words].sort();
}

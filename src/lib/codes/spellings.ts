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

/** Site-relative URL of a code page, joined to the base path (which ends in `/`). */
export function codeUrl(id: string, base = '/'): string {
	return `${base.replace(/\/?$/, '/')}codes/${id}/`;
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

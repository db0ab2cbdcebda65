import type { CodeEntry, CodeFamily } from '../../schemas/codes.ts';
import { assertNever } from '../assert-never.ts';

/** The noun a person would put before the number: "error code", "extended error code"… */
export function familyNoun(family: CodeFamily): string {
	switch (family) {
		case 'disconnect':
			return 'error code';
		case 'extended':
			return 'extended error code';
		case 'errorinfo':
			return 'server error info';
		case 'negotiation':
			return 'negotiation failure';
		case 'reported':
			return 'reported code';
		case 'freerdp':
			return 'FreeRDP connect error';
		default:
			return assertNever(family);
	}
}

/** Page title of a code, e.g. "RDP error code 0x904". */
export function codeTitle(entry: Pick<CodeEntry, 'family' | 'hex'>): string {
	return `RDP ${familyNoun(entry.family)} ${entry.hex}`;
}

/** The first sentence of a meaning, for descriptions and compact lists. */
export function firstSentence(text: string): string {
	const match = /^(.+?[.!?])(\s|$)/.exec(text);
	return match?.[1] ?? text;
}

/** The page of the 0x904 / 0x7 pair (src/pages/codes/0x904-0x7.astro): path under the base, title. */
export const PAIR_PAGE = {
	path: 'codes/0x904-0x7/',
	title: 'Error code 0x904 with extended error code 0x7',
} as const;

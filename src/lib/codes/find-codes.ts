/**
 * Finds every RDP code mention in free text: a pasted error dialog (in any display language we
 * have verified labels for), event 1026/40 lines, FreeRDP/Remmina/mRemoteNG logs, negotiation
 * failures, HRESULTs and bare `0x…` numbers. Several passes propose candidates; where two overlap
 * the more specific wins (name, labelled number, dialog-shaped line, bare number). Linear time.
 */
import type { CodeFamily } from '../../schemas/codes.ts';
import { codesWithValue, type CodeIndex, type CodeRef } from './code-index.ts';
import { LABELS_BY_KEY, labelKey } from './code-labels.ts';
import {
	BARE_HEX,
	CODE_IN_PARENS,
	DIALOG,
	DIALOG_LINE,
	EVENT_40,
	FAILURE_CODE,
	HRESULT_LABEL,
	IDENTIFIER,
	LAST_ERROR,
	MREMOTENG,
	NAME_VALUE,
	REASON,
} from './code-patterns.ts';

export type { CodeIndex } from './code-index.ts';
export { buildCodeIndex } from './code-index.ts';
export { CODE_PATTERNS } from './code-patterns.ts';

/** How the family of a mention was told. */
export type MentionForm =
	| 'error-code-label'
	| 'extended-label'
	| 'reason-number'
	| 'errinfo-name'
	| 'errconnect-name'
	| 'negotiation-failure'
	| 'symbolic-name'
	| 'freerdp-last-error'
	| 'code-label'
	| 'hresult'
	| 'dialog-pair'
	| 'bare';

export interface CodeMention {
	/** Code ids (`<family>/<hex>`) this mention can mean, most likely first; [] when the number is in no table. */
	ids: string[];
	/** The numeric value read (for a name without a number: the code's table value). */
	value: number;
	/** The text as written, e.g. 'Fehlercode: 0x904', 'failureCode = 2'. */
	text: string;
	/** UTF-16 offsets of the mention in the input: [start, end). */
	start: number;
	end: number;
	/** How the family was told. */
	form: MentionForm;
	/** BCP-47 tag of the dialog label's language ('en', 'zh-CN', …) when a label told the family. */
	language?: string;
}

/** Characters read by default: far more than any dialog or log excerpt a person pastes. */
export const DEFAULT_LIMIT = 100_000;

const MAIN: readonly CodeFamily[] = ['disconnect', 'reported'];
const EXTENDED: readonly CodeFamily[] = ['extended', 'errorinfo'];

interface Candidate extends CodeMention {
	/** Lower wins an overlap. */
	rank: number;
}

const ids = (refs: readonly CodeRef[]) => refs.map((r) => r.id);
const isHresult = (token: string) => /^0x[89a-f][0-9a-f]{7}$/i.test(token);

function parseNumber(token: string, base: 'hex' | 'decimal'): number {
	if (/^0x/i.test(token)) return parseInt(token.slice(2), 16);
	return base === 'hex' ? parseInt(token, 16) : parseInt(token, 10);
}

/** Reads a dialog number: hex as the dialog shows it; bare digits as hex, else as decimal. */
function dialogValue(index: CodeIndex, token: string, families: readonly CodeFamily[]) {
	const hex = parseNumber(token, 'hex');
	if (/^0x/i.test(token)) return { value: hex, refs: codesWithValue(index, hex, families) };
	const asHex = codesWithValue(index, hex, families);
	if (asHex.length > 0) return { value: hex, refs: asHex };
	const dec = parseNumber(token, 'decimal');
	const asDec = codesWithValue(index, dec, families);
	return asDec.length > 0 ? { value: dec, refs: asDec } : { value: hex, refs: asHex };
}

function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
	pattern.lastIndex = 0;
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
		if (m[0] === '') pattern.lastIndex++;
		yield m;
	}
}

function mention(
	m: RegExpExecArray,
	rank: number,
	form: MentionForm,
	value: number,
	refs: readonly CodeRef[],
	language?: string,
): Candidate {
	const c: Candidate = {
		ids: ids(refs),
		value,
		text: m[0],
		start: m.index,
		end: m.index + m[0].length,
		form,
		rank,
	};
	if (language) c.language = language;
	return c;
}

/** Patterns whose keyword tells the table: [pattern, base of bare digits, form, tables]. */
type Keyed = [RegExp, 'hex' | 'decimal', MentionForm, readonly CodeFamily[] | undefined];
const KEYED: readonly Keyed[] = [
	[EVENT_40, 'decimal', 'reason-number', EXTENDED],
	[REASON, 'decimal', 'reason-number', MAIN],
	[MREMOTENG, 'decimal', 'reason-number', MAIN],
	[FAILURE_CODE, 'decimal', 'negotiation-failure', ['negotiation']],
	[LAST_ERROR, 'hex', 'freerdp-last-error', ['freerdp', 'errorinfo']],
	[HRESULT_LABEL, 'hex', 'hresult', undefined],
];

function labelled(text: string, index: CodeIndex): Candidate[] {
	const out: Candidate[] = [];
	for (const m of matches(DIALOG, text)) {
		const label = LABELS_BY_KEY.get(labelKey(m[1] ?? ''));
		if (!label) continue;
		const extended = label.kind === 'extended';
		const { value, refs } = dialogValue(index, m[2] ?? '', extended ? EXTENDED : MAIN);
		const form = extended ? 'extended-label' : 'error-code-label';
		out.push(mention(m, 1, form, value, refs, label.language));
	}
	for (const [pattern, base, form, families] of KEYED) {
		for (const m of matches(pattern, text)) {
			const value = parseNumber(m[1] ?? '', base);
			out.push(mention(m, 1, form, value, codesWithValue(index, value, families)));
		}
	}
	for (const m of matches(CODE_IN_PARENS, text)) {
		const token = m[2] ?? '';
		const value = parseNumber(token, 'hex');
		const form = isHresult(token) ? 'hresult' : 'code-label';
		const language = m[1] === '代码' ? 'zh-CN' : undefined;
		out.push(mention(m, 1, form, value, codesWithValue(index, value), language));
	}
	return out;
}

function nameForm(name: string, refs: readonly CodeRef[]): MentionForm {
	if (name.startsWith('ERRINFO_')) return 'errinfo-name';
	if (name.startsWith('ERRCONNECT_') || name.startsWith('FREERDP_ERROR_')) return 'errconnect-name';
	return refs[0]?.family === 'negotiation' ? 'negotiation-failure' : 'symbolic-name';
}

function named(text: string, index: CodeIndex): Candidate[] {
	const out: Candidate[] = [];
	for (const m of matches(IDENTIFIER, text)) {
		const before = text[m.index - 1];
		if (before !== undefined && /[A-Za-z0-9_]/.test(before)) continue;
		const refs = index.byName.get(m[0].toUpperCase());
		if (!refs || refs.length === 0) continue;
		let end = m.index + m[0].length;
		let value = refs[0]?.value ?? 0;
		NAME_VALUE.lastIndex = end;
		const printed = NAME_VALUE.exec(text);
		if (printed) {
			value = parseNumber(printed[1] ?? '', 'hex');
			end = NAME_VALUE.lastIndex;
		}
		const form = nameForm(m[0].toUpperCase(), refs);
		out.push({
			ids: ids(refs),
			value,
			text: text.slice(m.index, end),
			start: m.index,
			end,
			form,
			rank: 0,
		});
	}
	return out;
}

/** Two "label: 0x…" lines in a row, as the dialog prints its codes in any language. */
function dialogPairs(text: string, index: CodeIndex): Candidate[] {
	const lines = [...matches(DIALOG_LINE, text)];
	const out: Candidate[] = [];
	for (let i = 0; i + 1 < lines.length; i++) {
		const [first, second] = [lines[i], lines[i + 1]];
		if (!first || !second) continue;
		const between = text.slice(first.index + first[0].length, second.index);
		if (!/^\s{1,4}$/.test(between)) continue;
		for (const [m, families] of [
			[first, MAIN],
			[second, EXTENDED],
		] as const) {
			const value = parseNumber(m[1] ?? '', 'hex');
			out.push(mention(m, 2, 'dialog-pair', value, codesWithValue(index, value, families)));
		}
		i++;
	}
	return out;
}

function bare(text: string, index: CodeIndex): Candidate[] {
	const out: Candidate[] = [];
	for (const m of matches(BARE_HEX, text)) {
		const value = parseNumber(m[0], 'hex');
		const refs = codesWithValue(index, value);
		// A bare number in no table is not a mention: text is full of hex that is not a code.
		if (refs.length > 0) out.push(mention(m, 3, isHresult(m[0]) ? 'hresult' : 'bare', value, refs));
	}
	return out;
}

/** Line breaks of any kind become `\n`, one for one, so offsets stay those of the input. */
function normalise(text: string): string {
	return text.replace(/[\r\u2028\u2029\u0085]/g, '\n');
}

/** Finds every RDP code mention in text, in reading order. Pure, linear-time, never throws; reads at most `limit` characters. */
export function findCodes(text: string, codes: CodeIndex, limit = DEFAULT_LIMIT): CodeMention[] {
	if (typeof text !== 'string' || text === '') return [];
	const input = normalise(text.slice(0, Math.max(0, limit)));
	const candidates = [
		...named(input, codes),
		...labelled(input, codes),
		...dialogPairs(input, codes),
		...bare(input, codes),
	].sort((a, b) => a.rank - b.rank || a.start - b.start);
	const taken = new Uint8Array(input.length);
	const kept: CodeMention[] = [];
	for (const { rank: _rank, ...c } of candidates) {
		if (taken.subarray(c.start, c.end).some((t) => t === 1)) continue;
		taken.fill(1, c.start, c.end);
		// The text as written, with the line breaks it had.
		kept.push({ ...c, text: text.slice(c.start, c.end) });
	}
	return kept.sort((a, b) => a.start - b.start);
}

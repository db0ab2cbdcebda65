/**
 * What a recognition adds to a diagnosis: graph signatures that known sentences stand for,
 * weaker evidence from codes and from sentences that carry their own causes, and the codes as
 * facts with their pages. Codes and such sentences never decide alone (rank.ts keeps a candidate
 * without a graph signature below "strong" and never "clear").
 */
import type { Hit } from '../diagnose/match.ts';
import type { Evidence } from '../diagnose/rank.ts';
import { lineAt, type LineRange, type Lines } from '../diagnose/lines.ts';
import { NOT_IN_TABLES, splitCodeId } from '../codes/spellings.ts';
import type { CodeFamily } from '../../schemas/codes.ts';
import type { CodeMention, Recognition } from './recognize.ts';

/** A code with more causes than this names none in particular (0x904, extended 0x7). */
export const GENERIC_CAUSES = 4;
/** Weight of a labelled code for its first cause; each later cause weighs CODE_STEP less. */
const CODE_WEIGHT = 0.4;
const CODE_STEP = 0.05;
/** A bare number counts this much of a labelled one. */
const BARE_FACTOR = 0.6;
/** Most codes listed as facts. */
const MAX_CODE_FACTS = 12;

/** What the diagnosis knows of a code beyond the finder's index. */
export interface CodeAbout {
	readonly meaning: string;
	/** Cause ids, most likely first (src/content/codes/*.json). */
	readonly causes: readonly string[];
}

/** A code seen in the paste, for the facts list with a link to its page. */
export interface CodeFact {
	/** `<family>/<hex>`. */
	readonly id: string;
	readonly family: string;
	readonly hex: string;
	/** The family in words (`Error code (disconnect reason)`). */
	readonly label: string;
	readonly meaning: string | undefined;
	/** The text as written, e.g. `Fehlercode: 0x904`. */
	readonly text: string;
	/** 1-based line of the first mention. */
	readonly line: number;
	/** True when the code relates to most causes and so names none. */
	readonly generic: boolean;
}

/** Evidence and facts derived from a recognition. */
export interface Derived {
	/** Hits for graph signatures found as tolerant sentences, by signature id. */
	readonly signatureHits: ReadonlyMap<string, Hit>;
	/** Weaker evidence per cause id. */
	readonly extra: ReadonlyMap<string, Evidence[]>;
	readonly codeFacts: readonly CodeFact[];
}

function rangeOf(lines: Lines, start: number, end: number): LineRange {
	return {
		start: lineAt(lines, start),
		end: lineAt(lines, Math.max(start, end - 1)),
	};
}

// Short names for a line of the facts list; the code pages carry the long ones (families.ts),
// whose explanations the island does not need to ship.
const FAMILY_LABELS: Readonly<Record<CodeFamily, string>> = {
	disconnect: 'Error code',
	extended: 'Extended error code',
	errorinfo: 'Server error info',
	negotiation: 'Negotiation failure',
	reported: 'Reported code',
	freerdp: 'FreeRDP error',
};

function labelOf(family: string): string {
	return Object.hasOwn(FAMILY_LABELS, family) ? FAMILY_LABELS[family as CodeFamily] : family;
}

// What the label of a code in no table called it; other forms say "Code".
const UNLISTED_LABELS: Partial<Record<CodeMention['form'], string>> = {
	'error-code-label': 'Error code',
	'extended-label': 'Extended error code',
	'reason-number': 'Disconnect reason',
};

/** True when the number was written in hex (0x…) or its label says decimal (a reason number). */
function isCertain(mention: CodeMention): boolean {
	return mention.form === 'reason-number' || /0x[0-9a-f]/i.test(mention.text);
}

function unlistedFact(mention: CodeMention, lines: Lines): CodeFact {
	const hex = `0x${mention.value.toString(16)}`;
	return {
		id: `${NOT_IN_TABLES}/${hex}`,
		family: NOT_IN_TABLES,
		hex,
		label: UNLISTED_LABELS[mention.form] ?? 'Code',
		meaning: 'not in our tables',
		text: mention.text.replace(/\s+/g, ' ').slice(0, 120),
		line: rangeOf(lines, mention.start, mention.end).start,
		generic: false,
	};
}

function pushEvidence(extra: Map<string, Evidence[]>, cause: string, evidence: Evidence): void {
	const list = extra.get(cause) ?? [];
	const same = list.find((e) => e.signature.id === evidence.signature.id);
	if (same === undefined) list.push(evidence);
	else if (same.hit.ranges.length < 20) {
		// The same code or sentence again: one piece of evidence, one more place.
		const merged: Evidence = {
			...same,
			hit: {
				...same.hit,
				ranges: [...same.hit.ranges, ...evidence.hit.ranges],
				count: same.hit.count + 1,
			},
		};
		list[list.indexOf(same)] = merged;
	}
	extra.set(cause, list);
}

function codeEvidence(
	recognition: Recognition,
	lines: Lines,
	about: ReadonlyMap<string, CodeAbout>,
	extra: Map<string, Evidence[]>,
): CodeFact[] {
	const facts = new Map<string, CodeFact>();
	for (const mention of recognition.codes) {
		const bare = mention.form === 'bare' || mention.form === 'hresult';
		if (bare && mention.ids.length !== 1) continue;
		const id = mention.ids[0];
		if (id === undefined) {
			// A labelled code in no table is still a code the paste shows: listed, with the page on
			// codes we do not list, and no meaning or cause claimed. Only when its value is certain:
			// "Error code 2824" in no table could be hex or decimal.
			if (!isCertain(mention)) continue;
			const fact = unlistedFact(mention, lines);
			if (!facts.has(fact.id) && facts.size < MAX_CODE_FACTS) facts.set(fact.id, fact);
			continue;
		}
		const { family, hex } = splitCodeId(id);
		const info = about.get(id);
		const causes = info?.causes ?? [];
		const generic = causes.length > GENERIC_CAUSES;
		const range = rangeOf(lines, mention.start, mention.end);
		if (!facts.has(id) && facts.size < MAX_CODE_FACTS)
			facts.set(id, {
				id,
				family,
				hex,
				label: labelOf(family),
				meaning: info?.meaning,
				text: mention.text.replace(/\s+/g, ' ').slice(0, 120),
				line: range.start,
				generic,
			});
		if (generic) continue;
		causes.forEach((cause, i) => {
			const weight = Math.max(0.2, CODE_WEIGHT - CODE_STEP * i) * (bare ? BARE_FACTOR : 1);
			const others = causes.length - 1;
			pushEvidence(extra, cause, {
				kind: 'code',
				signature: {
					id: `code-${family}-${hex}`,
					weight: Math.round(weight * 100) / 100,
					why:
						others === 0
							? `The code tables list this cause for ${hex}.`
							: `The code tables list this cause for ${hex}, with ${others} other${others === 1 ? '' : 's'}.`,
				},
				hit: { ranges: [range], count: 1, detail: `${labelOf(family)} ${hex}` },
			});
		});
	}
	return [...facts.values()];
}

/** Event spans by ID, in order of position (events come sorted and do not overlap). */
function spansById(recognition: Recognition): Map<number, { start: number; end: number }[]> {
	const byId = new Map<number, { start: number; end: number }[]>();
	for (const e of recognition.events) {
		const list = byId.get(e.id) ?? [];
		list.push({ start: e.start, end: e.end });
		byId.set(e.id, list);
	}
	return byId;
}

/** Whether an offset lies in one of the sorted spans (binary search). */
function within(spans: readonly { start: number; end: number }[] | undefined, at: number): boolean {
	if (spans === undefined) return false;
	let lo = 0;
	let hi = spans.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const span = spans[mid]!;
		if (at < span.start) hi = mid - 1;
		else if (at >= span.end) lo = mid + 1;
		else return true;
	}
	return false;
}

/** Derives signature hits, weaker evidence and code facts from a recognition. */
export function deriveEvidence(
	recognition: Recognition,
	lines: Lines,
	about: ReadonlyMap<string, CodeAbout>,
): Derived {
	const extra = new Map<string, Evidence[]>();
	const codeFacts = codeEvidence(recognition, lines, about, extra);
	const signatureHits = new Map<string, Hit>();
	const eventSpans = spansById(recognition);
	for (const mention of recognition.sentences) {
		const def = mention.sentence;
		const range = rangeOf(lines, mention.start, mention.end);
		const detail = `The text "${mention.text.replace(/\s+/g, ' ').slice(0, 90)}"`;
		if (def.signature !== undefined) {
			const hit = signatureHits.get(def.signature);
			signatureHits.set(
				def.signature,
				hit === undefined
					? { ranges: [range], count: 1, detail }
					: {
							...hit,
							ranges: [...hit.ranges, range].slice(0, 20),
							count: hit.count + 1,
						},
			);
			continue;
		}
		// Inside a parsed event of its own ID, the event's graph signature already counts.
		if (def.event !== undefined && within(eventSpans.get(def.event.id), mention.start)) continue;
		for (const cause of def.causes)
			pushEvidence(extra, cause.id, {
				kind: 'sentence',
				signature: {
					id: `sentence-${def.id}`,
					weight: cause.weight,
					why: `${def.says}.`,
				},
				hit: { ranges: [range], count: 1, detail },
			});
	}
	return { signatureHits, extra, codeFacts };
}

/**
 * Finds the known sentences (sentence-list.ts) in a text. Each pattern is folded once; its first
 * part is located with indexOf and every further part must follow within SENTENCE_GAP folded
 * characters, looked for in a slice of that size, so the work is linear in the text for each
 * pattern and no regex runs.
 */
import { fold, type Folded } from './fold.ts';
import { SENTENCE_GAP, SENTENCES, type SentenceDef } from './sentence-list.ts';

/** Most mentions kept per sentence. */
const MAX_PER_SENTENCE = 20;
/** Longest original text kept in a mention. */
const MAX_TEXT = 400;

/** A known sentence found in the text. */
export interface SentenceMention {
	readonly sentence: SentenceDef;
	/** The text as it appears (white space kept), capped. */
	readonly text: string;
	/** Offsets in the original text, end exclusive. */
	readonly start: number;
	readonly end: number;
}

interface Compiled {
	readonly def: SentenceDef;
	readonly parts: readonly (readonly string[])[];
}

function compile(defs: readonly SentenceDef[]): Compiled[] {
	return defs.map((def) => ({
		def,
		parts: def.patterns.map((p) =>
			p
				.split('…')
				.map((part) => fold(part).text)
				.filter((part) => part !== ''),
		),
	}));
}

const DEFAULT = compile(SENTENCES);
const cache = new WeakMap<readonly SentenceDef[], Compiled[]>([[SENTENCES, DEFAULT]]);

/** The folded end of `parts` starting at `at`, or -1 when a part does not follow in time. */
function rest(text: string, parts: readonly string[], at: number): number {
	let end = at + parts[0]!.length;
	for (let k = 1; k < parts.length; k++) {
		const part = parts[k]!;
		const window = text.slice(end, end + SENTENCE_GAP + part.length);
		const found = window.indexOf(part);
		if (found === -1) return -1;
		end += found + part.length;
	}
	return end;
}

function isWordEdge(text: string, at: number): boolean {
	const c = text.charCodeAt(at);
	return Number.isNaN(c) || !((c >= 97 && c <= 122) || (c >= 48 && c <= 57));
}

/** Every known sentence in the folded text, in order of position. */
export function findSentences(
	input: string,
	folded: Folded = fold(input),
	defs: readonly SentenceDef[] = SENTENCES,
): SentenceMention[] {
	let compiled = cache.get(defs);
	if (compiled === undefined) {
		compiled = compile(defs);
		cache.set(defs, compiled);
	}
	const { text, origin } = folded;
	const found: SentenceMention[] = [];
	for (const { def, parts: alternatives } of compiled) {
		let kept = 0;
		const taken: [number, number][] = [];
		for (const parts of alternatives) {
			if (parts.length === 0) continue;
			let from = 0;
			while (kept < MAX_PER_SENTENCE) {
				const at = text.indexOf(parts[0]!, from);
				if (at === -1) break;
				from = at + 1;
				if (!isWordEdge(text, at - 1)) continue;
				const end = rest(text, parts, at);
				if (end === -1 || !isWordEdge(text, end)) continue;
				// Two wordings of one sentence may overlap: keep the first.
				if (taken.some(([s, e]) => at < e && end > s)) continue;
				taken.push([at, end]);
				const start = origin[at]!;
				const stop = origin[end - 1]! + 1;
				found.push({
					sentence: def,
					text: input.slice(start, Math.min(stop, start + MAX_TEXT)),
					start,
					end: stop,
				});
				kept++;
				from = end;
			}
		}
	}
	return found.sort((a, b) => a.start - b.start || a.sentence.id.localeCompare(b.sentence.id));
}

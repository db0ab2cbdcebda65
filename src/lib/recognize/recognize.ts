/**
 * The one recognizer: everything the site knows about, found in any text, each with where it
 * was found. Codes come from findCodes (src/lib/codes/find-codes.ts), events from the event
 * parsers (src/lib/diagnose/events.ts), known dialog and event sentences from sentences.ts,
 * and the client from clients.ts. Pure, linear in the text; the paste box, the decoder and
 * search call it with the knowledge they have loaded.
 */
import { findCodes, type CodeIndex, type CodeMention } from '../codes/find-codes.ts';
import { parseEvents, type EventRecord } from '../diagnose/events.ts';
import { splitLines, type LineRange, type Lines } from '../diagnose/lines.ts';
import { detectClient, type ClientId } from './clients.ts';
import { fold } from './fold.ts';
import { findSentences, type SentenceMention } from './sentences.ts';
import { SENTENCES, type SentenceDef } from './sentence-list.ts';

export type { CodeMention } from '../codes/find-codes.ts';

// Codes are read in the first DEFAULT_LIMIT (100,000) characters, the finder's own bound: far
// more than a dialog or an excerpt, and it keeps a 1 MB log from costing a second of regexes.
export type { SentenceMention } from './sentences.ts';
export type { ClientId } from './clients.ts';

/** Longest message excerpt kept per event. */
const EXCERPT = 240;

/** What the recognizer knows; fields not loaded yet are skipped. */
export interface Knowledge {
	/** The code index (buildCodeIndex over /codes/decoder-index.json); codes are skipped without it. */
	readonly codes?: CodeIndex | undefined;
	/** Known sentences; default: SENTENCES. */
	readonly sentences?: readonly SentenceDef[];
}

/** A Windows event in the text. */
export interface EventMention {
	readonly id: number;
	readonly provider: string | undefined;
	readonly channel: string | undefined;
	readonly level: string | undefined;
	readonly time: string | undefined;
	/** The first characters of the message, white space collapsed. */
	readonly excerpt: string;
	/** True when the provider was inferred from the ID and a known message. */
	readonly inferred: boolean;
	/** Character offsets, end exclusive, and 1-based lines. */
	readonly start: number;
	readonly end: number;
	readonly lines: LineRange;
}

/** Everything recognized in one text. */
export interface Recognition {
	readonly codes: readonly CodeMention[];
	readonly events: readonly EventMention[];
	readonly sentences: readonly SentenceMention[];
	readonly client: ClientId | undefined;
	/** Languages seen in labels and sentences (BCP 47), in order of first appearance. */
	readonly languages: readonly string[];
}

function toMention(event: EventRecord, lines: Lines, length: number): EventMention {
	const start = lines.starts[event.lines.start - 1] ?? 0;
	const after = lines.starts[event.lines.end] ?? length;
	return {
		id: event.eventId,
		provider: event.provider,
		channel: event.channel,
		level: event.level,
		time: event.time,
		excerpt: event.message
			.slice(0, EXCERPT * 4)
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, EXCERPT),
		inferred: event.inferred === true,
		start,
		end: Math.max(start, after),
		lines: event.lines,
	};
}

/** Recognizes a text already split and parsed (the diagnosis does both once). */
export function recognizeParsed(
	text: string,
	lines: Lines,
	events: readonly EventRecord[],
	knowledge: Knowledge,
): Recognition {
	const codes = knowledge.codes ? findCodes(text, knowledge.codes) : [];
	const sentences = findSentences(text, fold(text), knowledge.sentences ?? SENTENCES);
	const languages: string[] = [];
	// 'und' marks a language-neutral sentence (a link the dialog prints in every language).
	const add = (language: string | undefined): void => {
		if (language !== undefined && language !== 'und' && !languages.includes(language))
			languages.push(language);
	};
	const seen = [
		...codes.map((c) => ({ at: c.start, language: c.language })),
		...sentences.map((s) => ({ at: s.start, language: s.sentence.language })),
	].sort((a, b) => a.at - b.at);
	for (const s of seen) add(s.language);
	return {
		codes,
		events: events.map((e) => toMention(e, lines, text.length)),
		sentences,
		client: detectClient(text),
		languages,
	};
}

/** Recognizes everything the site knows in a text. Never throws; odd text gives empty lists. */
export function recognize(text: string, knowledge: Knowledge): Recognition {
	const input = typeof text === 'string' ? text : '';
	const lines = splitLines(input);
	return recognizeParsed(input, lines, parseEvents(input, lines), knowledge);
}

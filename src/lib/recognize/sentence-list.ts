/**
 * The dialog and event sentences the site knows, each with what it points at. Patterns are
 * matched on folded text (src/lib/recognize/fold.ts: lower case, straight quotes, one space for
 * any white space); `…` in a pattern is a gap of up to SENTENCE_GAP characters, for host names,
 * line breaks and list numbers. Only wording Windows prints: English from Microsoft's pages and
 * the guides' Symptoms sections (a unit test checks every quoted symptom is recognised), other
 * languages only where a real copy shows the localized text (localized-sentences.ts names each).
 *
 * A sentence either stands for a signature of the knowledge graph (`signature`: its cause and
 * weight come from src/content/graph/causes.json), or carries its own weaker `causes`, or is
 * generic (no causes: it says that something failed, not why).
 */
import { CLIENT_SENTENCES } from './client-sentences.ts';
import { EVENT_SENTENCES } from './event-sentences.ts';
import { GATEWAY_LOG_SENTENCES } from './gateway-sentences.ts';
import { withTwinEvidence } from './localized-sentences.ts';

/** Longest gap `…` stands for, in folded characters. */
export const SENTENCE_GAP = 240;

/** Where a sentence appears. */
export type SentenceKind = 'dialog' | 'event' | 'log';

/** A cause a sentence points at, with its weight (0..1, below any specific signature). */
export interface SentenceCause {
	readonly id: string;
	readonly weight: number;
}

/** One known sentence. */
export interface SentenceDef {
	/** Stable kebab-case id. */
	readonly id: string;
	readonly kind: SentenceKind;
	/** BCP 47 language of the patterns. */
	readonly language: string;
	/** Alternative wordings, folded; `…` is a bounded gap. */
	readonly patterns: readonly string[];
	/** Graph signature this sentence is evidence for; its weight and causes come from the graph. */
	readonly signature?: string;
	/** Causes without a graph signature, weaker than one; empty for a generic sentence. */
	readonly causes: readonly SentenceCause[];
	/** For an event message: the event it belongs to, so a bare "Event ID: N" can be completed. */
	readonly event?: { readonly id: number; readonly provider: string };
	/** What the sentence tells the reader, in our words. */
	readonly says: string;
	/** A localized sentence's English twin (localized-sentences.ts): the errors listing it name this one too. */
	readonly twin?: string;
}

/** Every known sentence: what clients show (English, then other languages), then event messages. */
export const SENTENCES: readonly SentenceDef[] = [
	...CLIENT_SENTENCES,
	...withTwinEvidence(CLIENT_SENTENCES),
	...EVENT_SENTENCES,
	...GATEWAY_LOG_SENTENCES,
];

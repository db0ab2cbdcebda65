/**
 * Every regex the recognizer runs over pasted text, in one list, so that a timing test can feed
 * each one hostile input and check it stays linear (no nested quantifiers, bounded repetitions).
 * Sentences need none: they are found with indexOf (sentences.ts).
 */
import { CODE_PATTERNS } from '../codes/find-codes.ts';
import { EVENT_PATTERNS } from '../diagnose/events.ts';
import { XML_PATTERNS } from '../diagnose/events-xml.ts';
import { CLIENT_PATTERNS } from './clients.ts';

/** The recognizer's regexes: codes, text events, event XML and client marks. */
export const RECOGNIZER_PATTERNS: readonly RegExp[] = [
	...CODE_PATTERNS,
	...EVENT_PATTERNS,
	...XML_PATTERNS,
	...CLIENT_PATTERNS.map((c) => c.test),
];

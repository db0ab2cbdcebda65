/**
 * Which error a paste shows: the errors whose codes (`disconnect/0x204`) or recognizer sentences
 * (`cannot-connect-generic`) the recognizer found in it. A code is stronger evidence than a
 * sentence: several errors share a dialog's generic wording, while a code names one error. A
 * sentence that says why (it stands for a signature or carries causes) outweighs one that only
 * says that something failed: the gateway's permission-list dialog opens with the words of
 * 0x204's dialog, and is the gateway's error.
 */
import type { ErrorSummary } from './errors.ts';

/** One error the paste shows, with what showed it. */
export interface ErrorMatch {
	readonly error: ErrorSummary;
	/** The error's codes found, in the error's order. */
	readonly codes: readonly string[];
	/** The error's sentence ids found, in the error's order. */
	readonly sentences: readonly string[];
}

/** What else the paste shows, beyond the ids matched against the errors. */
export interface MatchContext {
	/** Sentence ids that only say that something failed (no signature, no causes). */
	readonly generic?: ReadonlySet<string>;
	/** True when the paste shows a code, in the tables or not. */
	readonly codeShown?: boolean;
}

// A code outweighs any number of sentences; a sentence that says why, any number of generic ones.
const CODE_WEIGHT = 100;
const SPECIFIC_WEIGHT = 10;

/**
 * The errors `codes` and `sentences` point at, strongest first: most codes, then most sentences
 * that say why, then most generic ones, then the larger share of the error's own codes found
 * (0x904 and 0x7 together beat 0x904 alone), then the order of `errors`. An error found by
 * generic sentences alone is left out when the paste shows a code it does not list: the code
 * says which error it is ("Because of a protocol error" with 0xd06 is not 0x112f). Empty when
 * nothing matched.
 */
export function matchErrors(
	errors: readonly ErrorSummary[],
	codes: Iterable<string>,
	sentences: Iterable<string>,
	context: MatchContext = {},
): ErrorMatch[] {
	const foundCodes = new Set(codes);
	const foundSentences = new Set(sentences);
	const generic = context.generic ?? new Set<string>();
	const specific = (m: ErrorMatch): number => m.sentences.filter((s) => !generic.has(s)).length;
	const score = (m: ErrorMatch): number =>
		m.codes.length * CODE_WEIGHT +
		specific(m) * SPECIFIC_WEIGHT +
		(m.sentences.length - specific(m));
	const matches = errors.flatMap((error, order) => {
		const match: ErrorMatch = {
			error,
			codes: error.codes.filter((c) => foundCodes.has(c)),
			sentences: error.sentences.filter((s) => foundSentences.has(s)),
		};
		if (score(match) === 0) return [];
		const genericOnly = match.codes.length === 0 && specific(match) === 0;
		return genericOnly && context.codeShown === true ? [] : [{ match, order }];
	});
	const share = (m: ErrorMatch): number =>
		m.error.codes.length === 0 ? 0 : m.codes.length / m.error.codes.length;
	return matches
		.sort(
			(a, b) =>
				score(b.match) - score(a.match) || share(b.match) - share(a.match) || a.order - b.order,
		)
		.map((m) => m.match);
}

/**
 * Which error a paste shows: the errors whose codes (`disconnect/0x204`) or recognizer sentences
 * (`cannot-connect-generic`) the recognizer found in it. A code is stronger evidence than a
 * sentence: several errors share a dialog's generic wording, while a code names one error.
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

// A code outweighs any number of shared sentences an error could list.
const CODE_WEIGHT = 100;

const score = (m: ErrorMatch): number => m.codes.length * CODE_WEIGHT + m.sentences.length;

/**
 * The errors `codes` and `sentences` point at, strongest first: most codes, then most sentences,
 * then the larger share of the error's own codes found (0x904 and 0x7 together beat 0x904 alone),
 * then the order of `errors`. Empty when nothing matched.
 */
export function matchErrors(
	errors: readonly ErrorSummary[],
	codes: Iterable<string>,
	sentences: Iterable<string>,
): ErrorMatch[] {
	const foundCodes = new Set(codes);
	const foundSentences = new Set(sentences);
	const matches = errors.flatMap((error, order) => {
		const match: ErrorMatch = {
			error,
			codes: error.codes.filter((c) => foundCodes.has(c)),
			sentences: error.sentences.filter((s) => foundSentences.has(s)),
		};
		return score(match) > 0 ? [{ match, order }] : [];
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

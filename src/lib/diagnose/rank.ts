/**
 * Candidates: causes with matching signatures, ranked by a score that combines their evidence,
 * each with a sentence on why it ranks where it does.
 */
import type { Signature } from '../../schemas/signature.ts';
import type { CauseRules, Hit } from './match.ts';

/** One matched signature of a cause. */
export interface Evidence {
	readonly signature: Signature;
	readonly hit: Hit;
}

/** How much the evidence says, from its score. */
export type Confidence = 'strong' | 'moderate' | 'weak';

/** A cause the paste points at. */
export interface Candidate {
	readonly cause: Omit<CauseRules, 'signatures'>;
	/** 0..1: the chance that at least one piece of evidence is right, weights read as independent. */
	readonly score: number;
	readonly confidence: Confidence;
	/** Matched signatures, heaviest first. */
	readonly evidence: readonly Evidence[];
	/** Why it ranks where it does, for the reader. */
	readonly reason: string;
}

/** Lowest score a winner needs. */
export const WIN_SCORE = 0.5;
/** Lead over the runner-up that wins even when both rest on the same evidence. */
export const WIN_LEAD = 0.3;
/** Smaller lead that wins when the winner has evidence the runner-up lacks. */
export const WIN_LEAD_OWN = 0.15;

/** Combines independent weights: 1 - Π(1 - w). Two 0.6 signals give 0.84. */
export function combine(weights: readonly number[]): number {
	return 1 - weights.reduce((rest, w) => rest * (1 - w), 1);
}

export function confidenceOf(score: number): Confidence {
	return score >= 0.8 ? 'strong' : score >= WIN_SCORE ? 'moderate' : 'weak';
}

const pct = (score: number): string => `${Math.round(score * 100)}%`;
const ids = (c: Pick<Candidate, 'evidence'>): Set<string> =>
	new Set(c.evidence.map((e) => e.signature.id));

function own(a: Pick<Candidate, 'evidence'>, b: Pick<Candidate, 'evidence'>): Evidence[] {
	const theirs = ids(b);
	return a.evidence.filter((e) => !theirs.has(e.signature.id));
}

/** Whether the first candidate clearly beats the second (or stands alone with enough weight). */
export function clearlyAhead(
	first: Pick<Candidate, 'score' | 'evidence'>,
	second: Pick<Candidate, 'score' | 'evidence'> | undefined,
): boolean {
	if (first.score < WIN_SCORE) return false;
	if (second === undefined) return true;
	const lead = first.score - second.score;
	return lead >= WIN_LEAD || (lead >= WIN_LEAD_OWN && own(first, second).length > 0);
}

function reasonFor(
	c: Omit<Candidate, 'reason'>,
	above: Omit<Candidate, 'reason'> | undefined,
	below: Omit<Candidate, 'reason'> | undefined,
): string {
	const n = c.evidence.length;
	const base = `${n} matching signature${n === 1 ? ' gives' : 's give'} ${pct(c.score)}.`;
	if (above === undefined) {
		if (below === undefined) return `${base} No other cause matches.`;
		if (clearlyAhead(c, below))
			return `${base} Clearly ahead of "${below.cause.title}" (${pct(below.score)}).`;
		const shared = c.evidence.find((e) => ids(below).has(e.signature.id) && e.signature.tellApart);
		const tell = shared?.signature.tellApart
			? ` To tell them apart: ${shared.signature.tellApart}`
			: '';
		return `${base} Close to "${below.cause.title}" (${pct(below.score)}), so the evidence alone does not decide.${tell}`;
	}
	const mine = own(c, above);
	if (mine.length === 0)
		return `${base} Ranks below "${above.cause.title}": the same evidence weighs less for this cause.`;
	return `${base} Ranks below "${above.cause.title}" (${pct(above.score)}): its own evidence (${mine.map((e) => e.signature.id).join(', ')}) weighs less.`;
}

/** Ranks the causes with at least one hit: score, then number of signatures, then id. */
export function rankCandidates(
	causes: readonly CauseRules[],
	hits: ReadonlyMap<string, Hit>,
): Candidate[] {
	const drafts: Omit<Candidate, 'reason'>[] = [];
	for (const { signatures, ...cause } of causes) {
		const evidence: Evidence[] = [];
		for (const signature of signatures) {
			const hit = hits.get(signature.id);
			if (hit) evidence.push({ signature, hit });
		}
		if (evidence.length === 0) continue;
		evidence.sort((a, b) => b.signature.weight - a.signature.weight);
		const score = combine(evidence.map((e) => e.signature.weight));
		drafts.push({ cause, score, confidence: confidenceOf(score), evidence });
	}
	drafts.sort(
		(a, b) =>
			b.score - a.score ||
			b.evidence.length - a.evidence.length ||
			a.cause.id.localeCompare(b.cause.id),
	);
	return drafts.map((d, i) => ({ ...d, reason: reasonFor(d, drafts[i - 1], drafts[i + 1]) }));
}

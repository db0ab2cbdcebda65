/**
 * Candidates: causes with matching signatures, ranked by a score that combines their evidence,
 * each with a sentence on why it ranks where it does.
 */
import type { Signature } from '../../schemas/signature.ts';
import type { CauseRules, Hit } from './match.ts';

/**
 * Where a piece of evidence comes from: a signature of the knowledge graph (specific), or a code
 * or a known sentence that the code tables or the sentence list relate to several causes.
 */
export type EvidenceKind = 'signature' | 'code' | 'sentence';

/** The rule behind a piece of evidence: a graph signature or one made for a code or sentence. */
export type EvidenceRule = Pick<Signature, 'id' | 'weight' | 'why' | 'tellApart'>;

/** One piece of evidence for a cause. */
export interface Evidence {
	readonly kind: EvidenceKind;
	readonly signature: EvidenceRule;
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

/** Whether any evidence is a graph signature: only those can make a cause strong or clear. */
export function hasSpecific(c: Pick<Candidate, 'evidence'>): boolean {
	return c.evidence.some((e) => e.kind === 'signature');
}

/**
 * Whether the first candidate clearly beats the second (or stands alone with enough weight).
 * Codes and generic sentences alone never make a winner.
 */
export function clearlyAhead(
	first: Pick<Candidate, 'score' | 'evidence'>,
	second: Pick<Candidate, 'score' | 'evidence'> | undefined,
): boolean {
	if (first.score < WIN_SCORE || !hasSpecific(first)) return false;
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
	const base = `${n} piece${n === 1 ? '' : 's'} of evidence give${n === 1 ? 's' : ''} ${pct(c.score)}.`;
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

/**
 * Ranks the causes with at least one hit: score, then number of pieces of evidence, then the
 * order of `causes`. `extra` adds code and sentence evidence per cause id; a candidate resting
 * on those alone is at most `moderate`.
 */
export function rankCandidates(
	causes: readonly CauseRules[],
	hits: ReadonlyMap<string, Hit>,
	extra: ReadonlyMap<string, readonly Evidence[]> = new Map(),
): Candidate[] {
	const drafts: (Omit<Candidate, 'reason'> & { order: number })[] = [];
	causes.forEach(({ signatures, ...cause }, order) => {
		const evidence: Evidence[] = [];
		for (const signature of signatures) {
			const hit = hits.get(signature.id);
			if (hit) evidence.push({ kind: 'signature', signature, hit });
		}
		evidence.push(...(extra.get(cause.id) ?? []));
		if (evidence.length === 0) return;
		evidence.sort((a, b) => b.signature.weight - a.signature.weight);
		const score = combine(evidence.map((e) => e.signature.weight));
		const level = confidenceOf(score);
		const confidence =
			level === 'strong' && !evidence.some((e) => e.kind === 'signature') ? 'moderate' : level;
		drafts.push({ cause, score, confidence, evidence, order });
	});
	drafts.sort(
		(a, b) =>
			b.score - a.score ||
			Number(hasSpecific(b)) - Number(hasSpecific(a)) ||
			b.evidence.length - a.evidence.length ||
			a.order - b.order,
	);
	return drafts.map(({ order: _order, ...d }, i) => ({
		...d,
		reason: reasonFor(d, drafts[i - 1], drafts[i + 1]),
	}));
}

/**
 * What the paste box says about a collector block: the cause the walk ends at, the evidence for
 * each answer it settled (the fact and its line), the questions it leaves open and why, and what
 * could not be read. Pure, so the view only renders it.
 */
import type { Diagnosis } from '../diagnose/diagnose.ts';
import type { TreeIndex } from '../tree/tree-data.ts';
import { remainingQuestions, type Remaining } from './remaining.ts';

/** One answer the collector settled, with what showed it. */
export interface Evidence {
	readonly question: string;
	readonly answer: 'yes' | 'no';
	/** The observation, e.g. "fDenyTSConnections is 1 (local setting): RDP is off". */
	readonly what: string;
	/** 1-based line of the paste, when a fact or an event gave it. */
	readonly line: number | undefined;
}

/** The summary of a read block. */
export interface CollectorSummary {
	/** The cause the walk ends at, or undefined for "no known cause" (or an open question). */
	readonly cause:
		{ readonly id: string; readonly title: string; readonly guide: string } | undefined;
	/** The outcome's finding, or undefined when the walk ends elsewhere. */
	readonly finding: string | undefined;
	/** Whether the walk ends at the tree's "no known cause matched" leaf. */
	readonly noCause: boolean;
	readonly evidence: readonly Evidence[];
	readonly remaining: readonly (Remaining & { text: string })[];
}

/** Builds the summary from a diagnosis whose paste held a collector block. */
export function collectorSummary(d: Diagnosis, tree: TreeIndex): CollectorSummary {
	const opens = d.plan.opens;
	const cause = opens.type === 'outcome' ? tree.causes.get(opens.cause) : undefined;
	const text = (id: string): string => {
		const node = tree.nodes.get(id);
		return node?.type === 'question' ? node.text : id;
	};
	const evidence: Evidence[] = d.plan.steps.flatMap((s) => {
		if (s.kind !== 'evidence' || s.settled === undefined || s.move === 'unsure') return [];
		const rule = s.settled.because[0]!;
		const fact = rule.when.type === 'fact' ? d.facts.find((f) => f.id === rule.when.id) : undefined;
		const hit = d.candidates
			.flatMap((c) => c.evidence)
			.find((e) => rule.when.type === 'signature' && e.signature.id === rule.when.id);
		return [
			{
				question: text(s.at),
				answer: s.move,
				what: fact?.what ?? hit?.hit.detail ?? rule.why,
				line: fact?.line ?? hit?.hit.ranges[0]?.start,
			},
		];
	});
	return {
		cause: cause && { id: cause.id, title: cause.title, guide: cause.guide },
		finding: opens.type === 'outcome' ? opens.finding : undefined,
		noCause: opens.type === 'unmatched',
		evidence,
		remaining: remainingQuestions(d.plan).map((r) => ({ ...r, text: text(r.question) })),
	};
}

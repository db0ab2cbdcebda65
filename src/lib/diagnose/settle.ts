/**
 * Settled answers: the tree questions the paste already answers, from the answer rules. When the
 * evidence answers a question both ways, the question stays open and the conflict is reported.
 */
import type { AnswerRule } from '../../schemas/answer-rule.ts';
import type { NodeId } from '../../schemas/graph.ts';
import type { Fact } from './facts.ts';

/** An answer the paste settles, with every rule that gave it. */
export interface Settled {
	readonly question: NodeId;
	readonly answer: 'yes' | 'no';
	/** The rules that fired, with the signature or fact that triggered each. */
	readonly because: readonly AnswerRule[];
}

/** The outcome of settling. */
export interface Settlement {
	/** Settled answers by question id. */
	readonly answers: ReadonlyMap<NodeId, Settled>;
	/** Questions the evidence answers both yes and no; left open. */
	readonly conflicts: readonly NodeId[];
}

/** Applies the rules to the matched signature ids and the facts. */
export function settle(
	rules: readonly AnswerRule[],
	matched: ReadonlySet<string>,
	facts: readonly Fact[],
): Settlement {
	const seen = new Set<string>(facts.map((f) => f.id));
	const byQuestion = new Map<NodeId, AnswerRule[]>();
	for (const rule of rules) {
		const fired =
			rule.when.type === 'signature' ? matched.has(rule.when.id) : seen.has(rule.when.id);
		if (fired) byQuestion.set(rule.question, [...(byQuestion.get(rule.question) ?? []), rule]);
	}
	const answers = new Map<NodeId, Settled>();
	const conflicts: NodeId[] = [];
	for (const [question, fired] of byQuestion) {
		const answer = fired[0]!.answer;
		if (fired.some((r) => r.answer !== answer)) conflicts.push(question);
		else answers.set(question, { question, answer, because: fired });
	}
	return { answers, conflicts: conflicts.sort() };
}

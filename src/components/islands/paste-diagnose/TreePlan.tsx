import type { PlannedStep } from '../../../lib/diagnose/navigate.ts';
import { assertNever } from '../../../lib/assert-never.ts';
import { moveLabel } from '../../../lib/tree/trail.ts';
import { SOURCE_LABELS } from '../../../lib/diagnose/tree-link.ts';
import type { PasteDiagnoseModel } from './model.ts';

function because(step: PlannedStep, collector: boolean): string {
	switch (step.kind) {
		case 'evidence':
			return `${SOURCE_LABELS[collector ? 'collector' : 'paste']}: ${(step.settled?.because[0]?.why ?? '').replace(/\.$/, '')}`;
		case 'unknown':
			return collector ? 'the collector cannot see this' : 'your paste does not say';
		case 'assumed':
			return 'assumed: every cause your paste points at lies this way';
		default:
			return assertNever(step.kind);
	}
}

/** Where "continue in the tree" opens, the answers it fills in and why, and the link itself. */
export function TreePlan({ model }: { model: PasteDiagnoseModel }) {
	const d = model.diagnosis;
	if (d === undefined || model.index === undefined) return null;
	const { plan } = d;
	const tree = model.index.tree;
	const opens = plan.opens;
	const target =
		opens.type === 'question'
			? `the question "${opens.text}"`
			: opens.type === 'outcome'
				? `the result "${tree.causes.get(opens.cause)?.title ?? opens.cause}"`
				: 'the end of the known causes';
	const label = (id: string): string => {
		const node = tree.nodes.get(id);
		return node?.type === 'question' ? node.text : id;
	};
	return (
		<div class="pd-plan">
			<h4>Continue in the tree</h4>
			{d.treeError && (
				<p class="pd-plan-error">
					The tree above switches to the questions for {d.treeError.title}, with a link back.
				</p>
			)}
			<p class="pd-plan-kept">
				Answers you already gave in the tree above are kept: the paste only fills the questions you
				have not answered.
			</p>
			<p>
				{plan.steps.length === 0
					? 'Your paste settles none of the first questions, so the tree starts at the beginning.'
					: `The tree opens at ${target}, with these answers filled in (change any of them there):`}
			</p>
			{plan.steps.length > 0 && (
				<ol class="pd-plan-steps">
					{plan.steps.map((s) => (
						<li key={s.at} class={`pd-step pd-step-${s.kind}`}>
							{label(s.at)} <strong>{moveLabel(s.move)}</strong>{' '}
							<span class="pd-step-why">({because(s, d.collector !== undefined)})</span>
						</li>
					))}
				</ol>
			)}
			{d.alsoSettled.length > 0 && (
				<>
					<p>Your paste also answers questions further on:</p>
					<ul class="pd-also">
						{d.alsoSettled.map((s) => (
							<li key={s.question}>
								{label(s.question)} <strong>{moveLabel(s.answer)}</strong>{' '}
								<span class="pd-step-why">({s.because[0]?.why.replace(/\.$/, '')})</span>
							</li>
						))}
					</ul>
				</>
			)}
			{d.settlement.conflicts.length > 0 && (
				<p class="pd-conflict">
					Your paste answers {d.settlement.conflicts.map(label).join('; ')} both ways, so the tree
					leaves it open.
				</p>
			)}
			<p>
				<a class="pd-continue" href={model.treeHref} onClick={model.continueInTree}>
					Continue in the tree
				</a>
			</p>
		</div>
	);
}

import type { DecisionTreeModel } from './model.ts';
import { trailOf } from '../../../lib/tree/trail.ts';
import { SOURCE_LABELS } from '../../../lib/diagnose/tree-link.ts';

/** The answers so far, each with a "change" link that rewinds to its question. */
export function Trail({ model }: { model: DecisionTreeModel }) {
	const entries = trailOf(model.tree, model.walk);
	if (entries.length === 0) return null;
	return (
		<nav class="dt-trail" aria-labelledby="dt-trail-title">
			<h3 id="dt-trail-title">Your answers</h3>
			<ol>
				{entries.map((entry) => (
					<li key={entry.step}>
						<span class="dt-trail-q">{entry.label}</span>{' '}
						<strong class="dt-trail-a">{entry.answer}</strong>
						{model.fromPaste.has(entry.step) && (
							<span class="dt-from-paste"> ({SOURCE_LABELS[model.pasteSource]})</span>
						)}
						{entry.changeable && (
							<>
								{' '}
								<a
									class="dt-change"
									href={model.hrefFor({ steps: model.walk.steps.slice(0, entry.step) })}
									aria-label={`Change your answer to: ${entry.label}`}
									onClick={(event) => {
										event.preventDefault();
										model.dispatch({ type: 'rewind', toStep: entry.step });
									}}
								>
									change
								</a>
							</>
						)}
					</li>
				))}
			</ol>
		</nav>
	);
}

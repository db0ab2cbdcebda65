import type { OutcomeNode, UnmatchedNode } from '../../../schemas/graph.ts';
import { Commands } from './Commands.tsx';
import type { DecisionTreeModel } from './model.ts';

function CopySummary({ model }: { model: DecisionTreeModel }) {
	const done = model.copied === 'summary';
	return (
		<button
			type="button"
			class="dt-button"
			onClick={() => void model.copy('summary', model.summary(), 'Summary')}
		>
			{done ? 'Summary copied' : 'Copy summary'}
		</button>
	);
}

/** An outcome: the cause, what the answers showed, the guide, and "this did not fix it". */
export function Outcome({ node, model }: { node: OutcomeNode; model: DecisionTreeModel }) {
	const cause = model.tree.causes.get(node.cause);
	if (cause === undefined) return null;
	return (
		<div class="dt-leaf">
			<p class="dt-kicker">Likely cause</p>
			<h2 class="dt-heading" tabIndex={-1} ref={model.headingRef}>
				{cause.title}
			</h2>
			<p>{node.finding}</p>
			<p>{cause.summary}</p>
			<p>
				<a class="dt-guide" href={model.guideHref(cause.guide)}>
					Open the guide: {cause.title}
				</a>
			</p>
			<div class="dt-actions">
				<button
					type="button"
					class="dt-button"
					onClick={() => model.dispatch({ type: 'notFixed' })}
				>
					This did not fix it
				</button>
				<CopySummary model={model} />
			</div>
		</div>
	);
}

/** No known cause matched: what to collect and where to get help. */
export function Unmatched({ node, model }: { node: UnmatchedNode; model: DecisionTreeModel }) {
	return (
		<div class="dt-leaf">
			<p class="dt-kicker">Result</p>
			<h2 class="dt-heading" tabIndex={-1} ref={model.headingRef}>
				No known cause matched
			</h2>
			<p>{node.finding}</p>
			<h3>Collect</h3>
			<ul class="dt-collect">
				{node.collect.map((item, i) => (
					<li key={item.what}>
						{item.what}
						{item.command && (
							<Commands commands={[item.command]} keyPrefix={`collect-${i}`} model={model} />
						)}
					</li>
				))}
			</ul>
			<h3>Get help</h3>
			<ul>
				{node.help.map((link) => (
					<li key={link.url}>
						<a href={link.url}>{link.title}</a>
					</li>
				))}
			</ul>
			<div class="dt-actions">
				<CopySummary model={model} />
			</div>
		</div>
	);
}

import type { QuestionNode } from '../../../schemas/graph.ts';
import { assertNever } from '../../../lib/assert-never.ts';
import { Commands } from './Commands.tsx';
import { Outcome, Unmatched } from './Leaf.tsx';
import {
	BAD_LINK_NOTICE,
	LOAD_FAILED_NOTICE,
	useDecisionTree,
	type DecisionTreeModel,
	type DecisionTreeProps,
} from './model.ts';
import { Trail } from './Trail.tsx';
import { encodeWalk, TREE_PARAM } from '../../../lib/tree/url-state.ts';
import './decision-tree.css';

const PLACE: Record<QuestionNode['check']['where'], string> = {
	client: 'on the computer that fails to connect',
	'client-network': "from the client's network",
	host: 'on the remote computer (the host)',
	broker: 'on the Connection Broker',
	'azure-portal': 'in the Azure portal',
	dialog: 'on the computer that fails to connect',
};

const ANSWERS = [
	['yes', 'Yes'],
	['no', 'No'],
	['unsure', 'Not sure'],
] as const;

function Question({ node, model }: { node: QuestionNode; model: DecisionTreeModel }) {
	return (
		<div class="dt-question">
			<h2 class="dt-heading" tabIndex={-1} ref={model.headingRef}>
				{node.text}
			</h2>
			<div class="dt-check">
				<h3>How to check {PLACE[node.check.where]}</h3>
				<p>{node.check.how}</p>
				<Commands commands={node.check.commands} keyPrefix={node.id} model={model} />
				<p class="dt-read">{node.check.read}</p>
			</div>
			{/* A GET form to the next question's URL, which the island reads when it hydrates: a press
			    before hydration is a navigation, not a lost click. Once hydrated, the press is handled here. */}
			<form action="#questions">
				<div class="dt-answers" role="group" aria-label="Your answer">
					{ANSWERS.map(([answer, label]) => (
						<button
							key={answer}
							class="dt-button dt-answer"
							name={TREE_PARAM}
							value={encodeWalk({ steps: [...model.walk.steps, { at: node.id, move: answer }] })}
							onClick={(event) => {
								event.preventDefault();
								model.dispatch({ type: 'answer', answer });
							}}
						>
							{label}
						</button>
					))}
				</div>
			</form>
		</div>
	);
}

/** The current node: a question, an outcome, or the leaf for "no known cause matched". */
function Card({ model }: { model: DecisionTreeModel }) {
	const { node } = model;
	switch (node.type) {
		case 'question':
			return <Question node={node} model={model} />;
		case 'outcome':
			return <Outcome node={node} model={model} />;
		case 'unmatched':
			return <Unmatched node={node} model={model} />;
		default:
			return assertNever(node);
	}
}

/** The decision tree: one question at a time, the trail, and the outcome. */
export default function DecisionTree(props: DecisionTreeProps) {
	const model = useDecisionTree(props);
	return (
		<section class="dt" aria-label="Diagnose step by step">
			<p class="dt-live sr-only" aria-live="polite">
				{model.announcement}
			</p>
			{model.notice && (
				<p class="dt-notice">
					<strong>Link reset.</strong> {BAD_LINK_NOTICE}
				</p>
			)}
			{model.loadFailed && (
				<p class="dt-notice" role="alert">
					{LOAD_FAILED_NOTICE}{' '}
					<a href={`${props.base}tree/outline/#${props.first.id}`}>
						all the questions as one outline
					</a>
					.
				</p>
			)}
			{model.errorOn && (
				<p class="dt-error-tree">
					Questions for <strong>{model.errorOn.title}</strong>.{' '}
					<a href={model.pageHref} onClick={model.leaveError}>
						Back to the questions for {model.pageError?.title ?? 'this page'}
					</a>
				</p>
			)}
			<p class="dt-progress">{model.progress}</p>
			<div class="dt-card">
				<Card model={model} />
			</div>
			{model.walk.steps.length > 0 && (
				<div class="dt-nav">
					<button
						type="button"
						class="dt-button dt-secondary"
						onClick={() => model.dispatch({ type: 'back' })}
					>
						Back
					</button>
					<button
						type="button"
						class="dt-button dt-secondary"
						onClick={() => model.dispatch({ type: 'restart' })}
					>
						Restart
					</button>
				</div>
			)}
			<Trail model={model} />
		</section>
	);
}

import type { PasteDiagnoseModel } from './model.ts';

/** The pasted lines around every match, matched lines marked. Text nodes only, never HTML. */
export function Excerpt({ model }: { model: PasteDiagnoseModel }) {
	const { parts } = model;
	if (!parts.some((p) => p.type === 'line' && p.marked)) return null;
	return (
		<div class="pd-excerpt-wrap">
			<h4 id="pd-excerpt-title">Matched lines</h4>
			<pre class="pd-excerpt" tabIndex={0} aria-labelledby="pd-excerpt-title">
				{parts.map((part, i) =>
					part.type === 'gap' ? (
						<span key={`gap-${i}`} class="pd-gap">
							{`… ${part.count} line${part.count === 1 ? '' : 's'} without a match …`}
						</span>
					) : (
						<span key={part.number} class={part.marked ? 'pd-line pd-marked' : 'pd-line'}>
							<span class="pd-num" aria-hidden="true">
								{part.number}
							</span>
							{part.marked ? (
								<mark>{part.text === '' ? ' ' : part.text}</mark>
							) : part.text === '' ? (
								' '
							) : (
								part.text
							)}
						</span>
					),
				)}
			</pre>
		</div>
	);
}

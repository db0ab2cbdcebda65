import type { Candidate } from '../../../lib/diagnose/rank.ts';
import type { LineRange } from '../../../lib/diagnose/lines.ts';
import type { PasteDiagnoseModel } from './model.ts';

const CONFIDENCE: Record<Candidate['confidence'], string> = {
	strong: 'Strong evidence',
	moderate: 'Moderate evidence',
	weak: 'Weak evidence',
};

function linesText(ranges: readonly LineRange[], count: number): string {
	const shown = ranges
		.map((r) => (r.start === r.end ? `${r.start}` : `${r.start}–${r.end}`))
		.join(', ');
	const more = count > ranges.length ? ` and ${count - ranges.length} more` : '';
	return `${ranges.length === 1 && ranges[0]!.start === ranges[0]!.end ? 'line' : 'lines'} ${shown}${more}`;
}

/** The ranked causes, each with its guide, its confidence, why it ranks there and its evidence. */
export function Candidates({ model }: { model: PasteDiagnoseModel }) {
	const candidates = model.diagnosis?.candidates ?? [];
	return (
		<ol class="pd-candidates">
			{candidates.map((c, i) => (
				<li key={c.cause.id} class="pd-candidate">
					<h4 class="pd-candidate-title">
						<span class="pd-rank">{i + 1}.</span>{' '}
						<a href={model.guideHref(c.cause.guide)}>{c.cause.title}</a>
					</h4>
					<p class="pd-meta">
						<span class={`pd-badge pd-badge-${c.confidence}`}>{CONFIDENCE[c.confidence]}</span>{' '}
						{Math.round(c.score * 100)}%
					</p>
					<p class="pd-reason">{c.reason}</p>
					<ul class="pd-evidence" aria-label={`Evidence for ${c.cause.title}`}>
						{c.evidence.map((e) => (
							<li key={e.signature.id}>
								<strong>{e.hit.detail}</strong> ({linesText(e.hit.ranges, e.hit.count)}):{' '}
								{e.signature.why}
							</li>
						))}
					</ul>
				</li>
			))}
		</ol>
	);
}

import { Candidates } from '../islands/paste-diagnose/Candidates.tsx';
import type { PasteDiagnoseModel } from '../islands/paste-diagnose/model.ts';
import { TreePlan } from '../islands/paste-diagnose/TreePlan.tsx';
import { moveLabel } from '../../lib/tree/trail.ts';

const line = (n: number | undefined): string => (n === undefined ? '' : ` (line ${n})`);

/** The paste box's answer to a collector block: the cause, its evidence, what stays open. */
export function CollectorResult({ model }: { model: PasteDiagnoseModel }) {
	const d = model.diagnosis;
	const c = d?.collector;
	// A diagnosis exists only once the data and the engine (with collectorSummary) have arrived.
	if (d === undefined || c === undefined || model.index === undefined || model.engine === undefined)
		return null;
	const update = <a href={model.guideHref('collect')}>the collector page</a>;
	if (c.type === 'unsupported')
		return (
			<div class="pd-results">
				<h3 class="pd-results-title" tabIndex={-1} ref={model.resultsRef}>
					Collector output this page cannot read
				</h3>
				<p class="pd-conflict">
					{c.message} The current collector is on {update}.
				</p>
			</div>
		);
	const s = model.engine.collectorSummary(d, model.index.tree);
	const assumed = s.remaining.filter((r) => r.kind === 'assumed');
	return (
		<div class="pd-results pd-collector">
			<h3 class="pd-results-title" tabIndex={-1} ref={model.resultsRef}>
				{s.cause
					? `Your collector output points at: ${s.cause.title}`
					: s.noCause
						? 'Your collector output matches no known cause'
						: 'Your collector output leaves the diagnosis open'}
			</h3>
			<p class="pd-read">
				Read collector {c.version} (format {c.format}, {c.mode ?? 'unknown'} run): {c.entries}{' '}
				values, {d.counts.events} event groups, {d.counts.registryValues} registry values.
				{!c.complete &&
					' The output ends before its last line: it was cut off when copied, so copy all of it.'}
				{c.outdated && <> A newer collector is published on {update}.</>}
			</p>
			{s.cause && (
				<p>
					{s.finding} <a href={model.guideHref(s.cause.guide)}>Read the guide: {s.cause.title}</a>
				</p>
			)}
			{s.noCause && <p>{s.finding}</p>}
			{s.evidence.length > 0 && (
				<>
					<h4>What the output answers</h4>
					<ul class="pd-evidence">
						{s.evidence.map((e) => (
							<li key={e.question}>
								{e.question} <strong>{moveLabel(e.answer)}</strong>: {e.what}
								{line(e.line)}
							</li>
						))}
					</ul>
				</>
			)}
			{s.remaining.length > 0 && (
				<>
					<h4>What the collector cannot see</h4>
					<p>
						{assumed.length === 0
							? 'The tree takes "Not sure" for these, which leads the same way; check them only if the result looks wrong.'
							: `${assumed.length} question${assumed.length === 1 ? '' : 's'} need${assumed.length === 1 ? 's' : ''} your answer; the others take "Not sure".`}
					</p>
					<ul class="pd-also">
						{s.remaining.map((r) => (
							<li key={r.question}>
								{r.text} {r.kind === 'assumed' && <strong>(answer this yourself)</strong>}{' '}
								<span class="pd-step-why">{r.why}</span>
							</li>
						))}
					</ul>
				</>
			)}
			{(c.errors.length > 0 || c.unread.length > 0) && (
				<>
					<h4>Not read</h4>
					<ul class="pd-also">
						{c.errors.map((e) => (
							<li key={`e${e.line}`}>
								{e.what}: {e.message} (line {e.line})
							</li>
						))}
						{c.unread.map((u) => (
							<li key={`u${u.line}`}>
								Not understood: <code>{u.text.slice(0, 120)}</code> (line {u.line})
							</li>
						))}
					</ul>
				</>
			)}
			<TreePlan model={model} />
			{d.candidates.length > 0 && (
				<>
					<h4>Causes the output's events and values point at</h4>
					<Candidates model={model} />
				</>
			)}
		</div>
	);
}

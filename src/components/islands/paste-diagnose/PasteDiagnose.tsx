import { CollectorResult } from '../../collect/CollectorResult.tsx';
import { Candidates } from './Candidates.tsx';
import { Excerpt } from './Excerpt.tsx';
import { AUTO_LIMIT, usePasteDiagnose, type PasteDiagnoseModel } from './model.ts';
import { headingOf, is0x904 } from './summary.ts';
import { Recognized } from './Recognized.tsx';
import { ShownError } from './ShownError.tsx';
import { TreePlan } from './TreePlan.tsx';
import './paste-diagnose.css';

function readSummary(model: PasteDiagnoseModel): string {
	const d = model.diagnosis;
	if (d === undefined) return '';
	const parts = [`${d.lines.text.length} line${d.lines.text.length === 1 ? '' : 's'}`];
	if (d.counts.events > 0)
		parts.push(`${d.counts.events} event${d.counts.events === 1 ? '' : 's'}`);
	if (d.counts.registryValues > 0)
		parts.push(
			`${d.counts.registryValues} registry value${d.counts.registryValues === 1 ? '' : 's'}`,
		);
	const codes = d.codeFacts.length;
	if (codes > 0) parts.push(`${codes} code${codes === 1 ? '' : 's'}`);
	const sentences = d.recognition.sentences.length;
	if (sentences > 0) parts.push(`${sentences} known message${sentences === 1 ? '' : 's'}`);
	return `Read ${parts.join(', ')}${d.truncated ? ' (only the first 2 million characters)' : ''}.`;
}

function Results({ model }: { model: PasteDiagnoseModel }) {
	const d = model.diagnosis;
	if (d === undefined) return null;
	if (d.collector) return <CollectorResult model={model} />;
	const top = d.candidates[0];
	const pair = is0x904(d);
	const extended7 = d.codeFacts.some((c) => c.id === 'extended/0x7');
	return (
		<div class="pd-results">
			<h3 class="pd-results-title" tabIndex={-1} ref={model.resultsRef}>
				{headingOf(d)}
			</h3>
			<p class="pd-read">
				{readSummary(model)}
				{model.stale && ' These results are for the text as it was when you pressed Diagnose.'}
			</p>
			<ShownError model={model} />
			{top === undefined ? (
				<div class="pd-none">
					{pair ? (
						<p>
							The connection was set up and then closed
							{extended7 ? ' because the server denied it' : ''}, and the code does not say why:
							that is the error this site is for. The questions below find the cause, one check at a
							time.
						</p>
					) : (
						<p>
							Nothing in this text is specific to one of the known causes. Next: answer the
							questions below, or look a code up in the <a href={model.codesHref}>code list</a>.
						</p>
					)}
					{d.facts.length > 0 && (
						<ul>
							{d.facts.map((f) => (
								<li key={f.id}>
									{f.what} (line {f.line})
								</li>
							))}
						</ul>
					)}
				</div>
			) : (
				<Candidates model={model} />
			)}
			<Recognized model={model} />
			<TreePlan model={model} />
			<Excerpt model={model} />
		</div>
	);
}

/** Paste an error text, events or command output; see the causes it points at and continue in the tree. */
export default function PasteDiagnose({ dataUrl, base }: { dataUrl: string; base: string }) {
	const model = usePasteDiagnose(dataUrl, base);
	return (
		<section class="pd" aria-label="Diagnose from pasted text">
			<p class="pd-privacy" id="pd-privacy">
				<strong>Private by design:</strong> the text is read by this page, in your browser. Nothing
				is sent anywhere and nothing is stored; closing or clearing the page forgets it.
			</p>
			<label class="pd-label" for="pd-input">
				Error text, event log entries or command output
			</label>
			<p class="pd-hint" id="pd-hint">
				For example the error dialog, Event Viewer events (as text or XML), or what
				Test-NetConnection, qwinsta, netstat -anob, Get-ChildItem on the Remote Desktop certificate
				store, or reg query print.
			</p>
			<textarea
				id="pd-input"
				class="pd-input"
				ref={model.inputRef}
				rows={10}
				spellcheck={false}
				autoComplete="off"
				autoCapitalize="off"
				aria-describedby="pd-hint pd-privacy"
				onFocus={model.loadCodes}
				onInput={(event) => model.setText(event.currentTarget.value)}
			/>
			{model.long && (
				<p class="pd-hint">
					Long text ({Math.round(model.text.length / 1000)} KB): press Diagnose when it is all in.
					Texts under {AUTO_LIMIT / 1000} KB are read as you type.
				</p>
			)}
			<div class="pd-actions">
				{/* Disabled until hydrated: a press before then would do nothing. Enabled while a long
				    paste is read, so a new paste can replace it. */}
				<button
					type="button"
					class="pd-button"
					onClick={model.diagnoseNow}
					disabled={!model.hydrated}
				>
					Diagnose
				</button>
				<button type="button" class="pd-button pd-secondary" onClick={model.clear}>
					Clear
				</button>
			</div>
			{model.notice !== '' && <p class="pd-notice">{model.notice}</p>}
			<p class="pd-live sr-only" aria-live="polite">
				{model.announcement}
			</p>
			<Results model={model} />
		</section>
	);
}

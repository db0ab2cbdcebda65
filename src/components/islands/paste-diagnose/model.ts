/**
 * State of the paste-to-diagnose island: the pasted text (kept in memory only, never stored),
 * the last diagnosis, the visible notice and the live-region message. Small pastes are diagnosed
 * as the person types (debounced); long ones wait for the Diagnose button and run in a worker so
 * the page never stalls. Diagnose reads the textarea itself, not the state (a paste can land
 * before hydration or before its input event); a new diagnosis or Clear terminates one still
 * running (src/lib/diagnose/worker-runner.ts). The textarea is uncontrolled (a 1 MB controlled
 * value costs seconds per render). All rules live in src/lib/diagnose; this hook wires them to Preact.
 * The signatures and the tree come in the file the decision tree also fetches (one request per
 * page, src/lib/tree/tree-bundle.ts), the code tables when the box is focused or holds text; a
 * paste or a Diagnose press before the causes arrive is read as soon as they do, and read again
 * when the code tables arrive (use-diagnose-data.ts).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Diagnosis } from '../../../lib/diagnose/diagnose.ts';
import { excerpt, type ExcerptPart } from '../../../lib/diagnose/excerpt.ts';
import { workerRunner } from '../../../lib/diagnose/worker-runner.ts';
import { codeUrl } from '../../../lib/codes/spellings.ts';
import { errorPath } from '../../../lib/errors/errors.ts';
import { openTreeInPage } from './open-tree-in-page.ts';
import { markedRanges, summaryOf } from './summary.ts';
import { useDiagnoseData } from './use-diagnose-data.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

/** Said when the causes could not be fetched. */
const LOAD_FAILED =
	'The known causes could not be loaded: check your connection and reload the page.';

/** Longest paste diagnosed while typing; longer ones wait for the button. */
export const AUTO_LIMIT = 20_000;
/** Pause after the last keystroke before an automatic diagnosis. */
const DEBOUNCE_MS = 400;

/** Shown when Diagnose finds the box empty. */
export const NOTHING_TO_READ =
	'Nothing to read: paste an error text, event log entries or command output into the box first.';

/** The island's state and actions. `base` is the site's base path ending in a slash. */
export function usePasteDiagnose(dataUrl: string, base: string) {
	const { full, ready, failed, loadCodes } = useDiagnoseData(
		dataUrl,
		`${base}codes/decoder-index.json`,
	);
	const index = ready?.index;
	// Diagnose was pressed before the data came, or read a long paste without the code tables:
	// press it again when they come (see `again`).
	const waiting = useRef(false);
	const [text, setText] = useState('');
	const [result, setResult] = useState<{ diagnosis: Diagnosis; text: string } | undefined>(
		undefined,
	);
	const [hydrated, setHydrated] = useState(false);
	// Visible status under the buttons ("Nothing to read…", "Diagnosing…"); the live region says it too.
	const [notice, setNotice] = useState('');
	const [announcement, setAnnouncement] = useState('');
	const inputRef = useRef<HTMLTextAreaElement>(null);
	const resultsRef = useRef<HTMLHeadingElement>(null);
	const focusResults = useRef(false);

	// Long pastes go to a worker, created on first need; without workers they run here.
	const runner = useMemo(
		() =>
			workerRunner<WorkerRequest, WorkerResponse>(() => {
				if (full === undefined || typeof Worker === 'undefined') return undefined;
				try {
					const created = new Worker(new URL('./diagnose.worker.ts', import.meta.url), {
						type: 'module',
					});
					created.postMessage({ type: 'init', data: full } satisfies WorkerRequest);
					return created;
				} catch {
					return undefined;
				}
			}),
		// New data (the code tables arrived) means a new worker that has them.
		[full],
	);
	useEffect(() => () => runner.dispose(), [runner]);
	// Bumped by every new diagnosis and by Clear: a main-thread fallback still waiting must not land.
	const latest = useRef(0);

	/** Stops whatever diagnosis is under way (the worker's is terminated). */
	const cancel = useCallback(() => {
		runner.stop();
		latest.current++;
	}, [runner]);

	const show = useCallback((diagnosis: Diagnosis, value: string, explicit: boolean) => {
		setResult({ diagnosis, text: value });
		setNotice('');
		setAnnouncement(summaryOf(diagnosis));
		focusResults.current = explicit;
	}, []);

	const run = useCallback(
		(value: string, explicit: boolean) => {
			cancel();
			if (value.trim() === '') {
				setResult(undefined);
				if (explicit) {
					setNotice(NOTHING_TO_READ);
					setAnnouncement(NOTHING_TO_READ);
				}
				return;
			}
			if (ready === undefined) {
				waiting.current ||= explicit;
				if (explicit) setAnnouncement(failed ? LOAD_FAILED : 'Loading the known causes…');
				return;
			}
			show(ready.engine.diagnose(value, ready.index, new Date()), value, explicit);
		},
		[ready, failed, cancel, show],
	);

	// Text typed or pasted before hydration is in the server-rendered textarea: take it over. A
	// focus or a paste before hydration fired no handler of ours, so the state is read, not events.
	useEffect(() => {
		setHydrated(true);
		const early = inputRef.current?.value ?? '';
		if (early !== '') setText(early);
		if (document.activeElement === inputRef.current) loadCodes();
	}, []);
	useEffect(() => {
		if (text !== '') loadCodes();
	}, [text, loadCodes]);

	// Debounced diagnosis while typing, for pastes short enough to be instant.
	useEffect(() => {
		if (text.length > AUTO_LIMIT) return undefined;
		const timer = setTimeout(() => run(text, false), DEBOUNCE_MS);
		return () => clearTimeout(timer);
	}, [text, run]);

	useEffect(() => {
		if (!focusResults.current) return;
		focusResults.current = false;
		resultsRef.current?.focus();
	}, [result]);

	const diagnoseNow = useCallback(() => {
		// The box, not the state: an input event may not have reached the state yet (a paste
		// right before hydration, or a browser that fills the box without one).
		const value = inputRef.current?.value ?? text;
		if (value !== text) setText(value);
		loadCodes(); // a fetch that failed is tried again
		if (value.length <= AUTO_LIMIT || ready === undefined) {
			run(value, true);
			return;
		}
		cancel();
		// Read without the code tables: read again when they come (short texts by the debounce).
		waiting.current = ready.index.codes === undefined;
		const id = latest.current;
		const busy = `Diagnosing ${Math.round(value.length / 1000)} KB…`;
		setNotice(busy);
		setAnnouncement(busy);
		const fallback = (): void => {
			if (id !== latest.current) return;
			show(ready.engine.diagnose(value, ready.index, new Date()), value, true);
		};
		const started = runner.run(
			{ type: 'diagnose', id, text: value, now: Date.now() },
			(response) => {
				if (response.type === 'failed') {
					fallback();
					return;
				}
				show(response.diagnosis, value, true);
			},
			fallback,
		);
		if (!started) setTimeout(fallback, 30); // let "Diagnosing…" paint before the matcher takes the thread
	}, [text, run, cancel, show, runner, ready, loadCodes]);

	// Read through diagnoseNow's latest version, but only when the data changes, not the text.
	const again = useRef(diagnoseNow);
	again.current = diagnoseNow;
	useEffect(() => {
		if (ready === undefined || !waiting.current) return;
		waiting.current = false;
		again.current();
	}, [ready]);

	const clear = useCallback(() => {
		// The textarea is uncontrolled: Preact re-assigning a 1 MB value on every render costs seconds.
		if (inputRef.current) inputRef.current.value = '';
		// A diagnosis still running must neither bring the cleared text's results back nor delay the next.
		cancel();
		waiting.current = false;
		setText('');
		setResult(undefined);
		setNotice('');
		setAnnouncement('Cleared. Nothing was kept.');
		inputRef.current?.focus();
	}, [cancel]);

	const diagnosis = result?.diagnosis;
	const parts: ExcerptPart[] = useMemo(
		() => (diagnosis ? excerpt(diagnosis.lines, markedRanges(diagnosis)) : []),
		[diagnosis],
	);
	/** Follows "Continue in the tree" within the page; a modified click opens the link as usual. */
	const continueInTree = useCallback(
		(event: MouseEvent) => {
			if (diagnosis === undefined || ready === undefined) return;
			const url = ready.engine.continuationUrl(ready.index, diagnosis);
			(event.currentTarget as HTMLAnchorElement).href = url; // the tree may have moved since render
			if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
				return;
			event.preventDefault();
			openTreeInPage(url);
		},
		[ready, diagnosis],
	);

	return {
		index,
		text,
		setText,
		diagnosis,
		stale: result !== undefined && result.text !== text,
		long: text.length > AUTO_LIMIT,
		hydrated,
		notice,
		announcement,
		parts,
		treeHref: diagnosis && ready ? ready.engine.continuationUrl(ready.index, diagnosis) : base,
		engine: ready?.engine,
		continueInTree,
		guideHref: (slug: string) => `${base}${slug}/`,
		codeHref: (id: string) => codeUrl(id, base),
		errorHref: (id: string) => `${base}${errorPath(id)}`,
		codesHref: `${base}codes/`,
		loadCodes,
		inputRef,
		resultsRef,
		diagnoseNow,
		clear,
	};
}

/** What the view receives. */
export type PasteDiagnoseModel = ReturnType<typeof usePasteDiagnose>;

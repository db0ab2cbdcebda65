/**
 * State of the paste-to-diagnose island: the pasted text (kept in memory only, never stored),
 * the last diagnosis, and the live-region message. Small pastes are diagnosed as the person types
 * (debounced); long ones wait for the Diagnose button and run in a worker so the page never
 * stalls. The textarea is uncontrolled (a 1 MB controlled value costs seconds per render). All rules live in
 * src/lib/diagnose; this hook wires them to Preact.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
	diagnose,
	indexDiagnoseData,
	type DiagnoseData,
	type Diagnosis,
} from '../../../lib/diagnose/diagnose.ts';
import { excerpt, type ExcerptPart } from '../../../lib/diagnose/excerpt.ts';
import type { LineRange } from '../../../lib/diagnose/lines.ts';
import { treeHref } from '../../../lib/diagnose/tree-link.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

/** Longest paste diagnosed while typing; longer ones wait for the button. */
export const AUTO_LIMIT = 20_000;
/** Pause after the last keystroke before an automatic diagnosis. */
const DEBOUNCE_MS = 400;

function summaryOf(result: Diagnosis): string {
	const top = result.candidates[0];
	if (top === undefined) return 'No known cause matches this text.';
	const n = result.candidates.length;
	const lead = result.clear ? 'Most likely cause' : 'Leading candidate';
	return `${n} possible cause${n === 1 ? '' : 's'}. ${lead}: ${top.cause.title} (${top.confidence} evidence).`;
}

/** Every line range the view marks: candidate evidence and facts. */
function markedRanges(result: Diagnosis): LineRange[] {
	const ranges: LineRange[] = result.facts.map((f) => ({ start: f.line, end: f.line }));
	for (const c of result.candidates) for (const e of c.evidence) ranges.push(...e.hit.ranges);
	return ranges;
}

/** The island's state and actions. `base` is the site's base path ending in a slash. */
export function usePasteDiagnose(data: DiagnoseData, base: string) {
	const index = useMemo(() => indexDiagnoseData(data), [data]);
	const [text, setText] = useState('');
	const [result, setResult] = useState<{ diagnosis: Diagnosis; text: string } | undefined>(
		undefined,
	);
	const [working, setWorking] = useState(false);
	const [announcement, setAnnouncement] = useState('');
	const inputRef = useRef<HTMLTextAreaElement>(null);
	const resultsRef = useRef<HTMLHeadingElement>(null);
	const focusResults = useRef(false);

	const run = useCallback(
		(value: string, explicit: boolean) => {
			if (value.trim() === '') {
				setResult(undefined);
				if (explicit) setAnnouncement('Paste some text first.');
				return;
			}
			const diagnosis = diagnose(value, index, new Date());
			setResult({ diagnosis, text: value });
			setAnnouncement(summaryOf(diagnosis));
			focusResults.current = explicit;
		},
		[index],
	);

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

	// Long pastes go to a worker, created on first need; without workers they run here.
	const worker = useRef<Worker | undefined>(undefined);
	const latest = useRef(0);
	useEffect(() => () => worker.current?.terminate(), []);

	const workerFor = useCallback((): Worker | undefined => {
		if (worker.current === undefined && typeof Worker !== 'undefined') {
			try {
				const created = new Worker(new URL('./diagnose.worker.ts', import.meta.url), {
					type: 'module',
				});
				created.postMessage({ type: 'init', data } satisfies WorkerRequest);
				worker.current = created;
			} catch {
				return undefined;
			}
		}
		return worker.current;
	}, [data]);

	const diagnoseNow = useCallback(() => {
		const value = text;
		if (value.length <= AUTO_LIMIT) {
			run(value, true);
			return;
		}
		setWorking(true);
		setAnnouncement('Diagnosing…');
		const id = ++latest.current;
		const fallback = (): void => {
			if (id !== latest.current) return;
			run(value, true);
			setWorking(false);
		};
		const target = workerFor();
		if (target === undefined) {
			setTimeout(fallback, 30); // let "Diagnosing…" paint before the matcher takes the thread
			return;
		}
		target.onmessage = (event: MessageEvent<WorkerResponse>) => {
			const response = event.data;
			if (response.id !== latest.current) return;
			if (response.type === 'failed') {
				fallback();
				return;
			}
			setResult({ diagnosis: response.diagnosis, text: value });
			setAnnouncement(summaryOf(response.diagnosis));
			focusResults.current = true;
			setWorking(false);
		};
		target.onerror = () => {
			worker.current = undefined;
			fallback();
		};
		target.postMessage({
			type: 'diagnose',
			id,
			text: value,
			now: Date.now(),
		} satisfies WorkerRequest);
	}, [text, run, workerFor]);

	const clear = useCallback(() => {
		// The textarea is uncontrolled: Preact re-assigning a 1 MB value on every render costs seconds.
		if (inputRef.current) inputRef.current.value = '';
		// A diagnosis still running in the worker must not bring the cleared text's results back.
		latest.current++;
		setWorking(false);
		setText('');
		setResult(undefined);
		setAnnouncement('Cleared. Nothing was kept.');
		inputRef.current?.focus();
	}, []);

	const diagnosis = result?.diagnosis;
	const parts: ExcerptPart[] = useMemo(
		() => (diagnosis ? excerpt(diagnosis.lines, markedRanges(diagnosis)) : []),
		[diagnosis],
	);
	const href = diagnosis
		? treeHref(
				base,
				diagnosis.plan.walk,
				diagnosis.plan.steps.flatMap((s, i) => (s.kind === 'evidence' ? [i] : [])),
				diagnosis.collector ? 'collector' : 'paste',
			)
		: `${base}`;

	return {
		index,
		text,
		setText,
		diagnosis,
		stale: result !== undefined && result.text !== text,
		long: text.length > AUTO_LIMIT,
		working,
		announcement,
		parts,
		treeHref: href,
		guideHref: (slug: string) => `${base}${slug}/`,
		inputRef,
		resultsRef,
		diagnoseNow,
		clear,
	};
}

/** What the view receives. */
export type PasteDiagnoseModel = ReturnType<typeof usePasteDiagnose>;

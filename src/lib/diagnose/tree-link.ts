/**
 * The link that continues in the decision tree: the tree's own URL state (`?tree=…`, encoded by
 * src/lib/tree/url-state.ts) plus `paste=…`, the indexes of the steps the paste settled, so the
 * tree's trail can mark them "from your paste".
 */
import type { NodeId } from '../../schemas/graph.ts';
import type { TreeIndex } from '../tree/tree-data.ts';
import { searchForWalk } from '../tree/url-state.ts';
import { currentNode, type Walk } from '../tree/walk.ts';
import { planWalk, type Plan } from './navigate.ts';
import type { Settled } from './settle.ts';

/** Name of the query parameter that lists the steps settled by a paste. */
export const PASTE_PARAM = 'paste';
/** Name of the query parameter that says what the paste was, when not plain text. */
export const SOURCE_PARAM = 'from';

/** What settled the answers: pasted text, or the collector's output. */
export type PasteSource = 'paste' | 'collector';

/** How the trail labels an answer the paste settled. */
export const SOURCE_LABELS: Readonly<Record<PasteSource, string>> = {
	paste: 'from your paste',
	collector: 'from your collector output',
};

/**
 * The URL (path and query) of the tree page at `base` with the walk and its settled steps;
 * `search` holds what comes first (the error whose tree it is, src/lib/tree/error-tree.ts).
 */
export function treeHref(
	base: string,
	walk: Walk,
	settledSteps: readonly number[],
	source: PasteSource = 'paste',
	search0 = '',
): string {
	const search = searchForWalk(search0, walk);
	if (settledSteps.length === 0 || search === '') return `${base}${search}`;
	const from = source === 'paste' ? '' : `&${SOURCE_PARAM}=${source}`;
	return `${base}${search}&${PASTE_PARAM}=${settledSteps.join('.')}${from}`;
}

/** The source a query string names; anything else reads as a plain paste. */
export function sourceFromSearch(search: string): PasteSource {
	try {
		return new URLSearchParams(search).get(SOURCE_PARAM) === 'collector' ? 'collector' : 'paste';
	} catch {
		return 'paste';
	}
}

/** Where "Continue in the tree" goes: the walk and which of its steps the paste settled. */
export interface Continuation {
	readonly walk: Walk;
	readonly settledSteps: readonly number[];
}

/**
 * The walk "Continue in the tree" opens when the person has already answered `given` in the tree:
 * every answer they gave stays (the paste never turns one into "Not sure"), and from where they
 * stand the paste's plan continues: its settled answers fill the questions not answered yet,
 * towards the `targets` causes (see planWalk). With no answers given, this is the paste's own plan.
 */
export function continueFrom(
	tree: TreeIndex,
	given: Walk,
	settled: ReadonlyMap<NodeId, Settled>,
	targets: readonly NodeId[],
	extend?: (tree: TreeIndex, settled: ReadonlyMap<NodeId, Settled>, plan: Plan) => Plan,
): Continuation {
	const here = currentNode(tree, given);
	if (here.type !== 'question') return { walk: given, settledSteps: [] };
	// The planner starts at the tree's start: give it a tree that starts where the person stands.
	const fromHere: TreeIndex = { ...tree, data: { ...tree.data, start: here.id } };
	const planned = planWalk(fromHere, settled, targets);
	// A collector block goes on past the plan to a leaf (src/lib/collector/plan.ts).
	const plan = extend ? extend(fromHere, settled, planned) : planned;
	const offset = given.steps.length;
	return {
		walk: { steps: [...given.steps, ...plan.walk.steps] },
		settledSteps: plan.steps.flatMap((s, i) => (s.kind === 'evidence' ? [offset + i] : [])),
	};
}

/** Indexes of settled steps from a query string; anything malformed reads as none. */
export function settledStepsFromSearch(search: string, walkLength: number): Set<number> {
	let value: string | null;
	try {
		value = new URLSearchParams(search).get(PASTE_PARAM);
	} catch {
		return new Set();
	}
	if (value === null || value.length > 200 || !/^\d{1,3}(?:\.\d{1,3})*$/.test(value))
		return new Set();
	const steps = value.split('.').map(Number);
	return steps.every((s) => s < walkLength) ? new Set(steps) : new Set();
}

/** A walk opened from a paste, and which of its steps the paste settled. */
export interface PasteOrigin {
	readonly walk: Walk;
	readonly settled: ReadonlySet<number>;
	/** What the paste was; plain text when absent. */
	readonly source?: PasteSource;
}

/**
 * The steps of `current` still marked "from your paste": settled steps of the walk the paste
 * opened, as long as every step up to them is unchanged (changing an earlier answer ends it).
 */
export function pasteMarks(origin: PasteOrigin | undefined, current: Walk): Set<number> {
	const marks = new Set<number>();
	if (!origin) return marks;
	const shared = Math.min(origin.walk.steps.length, current.steps.length);
	for (let i = 0; i < shared; i++) {
		const a = origin.walk.steps[i]!;
		const b = current.steps[i]!;
		if (a.at !== b.at || a.move !== b.move) break;
		if (origin.settled.has(i)) marks.add(i);
	}
	return marks;
}

/** The query string without the paste parameter (the person's own moves are not the paste's). */
export function withoutPasteParam(search: string): string {
	const params = new URLSearchParams(search);
	params.delete(PASTE_PARAM);
	params.delete(SOURCE_PARAM);
	const rest = params.toString();
	return rest === '' ? '' : `?${rest}`;
}

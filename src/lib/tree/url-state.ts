/**
 * The walk in the URL: `?tree=gateway_n.port-open_y` (node id, `_`, move letter; steps joined
 * by `.`). Ids make a shared link fail loudly (reset with a notice) rather than land somewhere
 * else after the graph changes. Decoding never throws and never echoes the raw value.
 */
import type { TreeIndex } from './tree-data.ts';
import { START, target, type Move, type Step, type Walk } from './walk.ts';

/** Name of the query parameter. */
export const TREE_PARAM = 'tree';
/** Longest value we try to read; anything longer is refused outright. */
const MAX_LENGTH = 2000;

const LETTER: Record<Move, string> = { yes: 'y', no: 'n', unsure: 'u', notFixed: 'f' };
const MOVE: Readonly<Record<string, Move>> = { y: 'yes', n: 'no', u: 'unsure', f: 'notFixed' };

/** The result of reading a URL: a walk, or the start with the reason the value was refused. */
export type Decoded =
	| { readonly type: 'ok'; readonly walk: Walk }
	| { readonly type: 'reset'; readonly walk: Walk; readonly reason: 'malformed' | 'unknown-step' };

/** The parameter value for a walk ('' at the start). */
export function encodeWalk(walk: Walk): string {
	return walk.steps.map((s) => `${s.at}_${LETTER[s.move]}`).join('.');
}

/** Reads a parameter value against the tree; null or '' is the start without a notice. */
export function decodeWalk(tree: TreeIndex, value: string | null): Decoded {
	if (value === null || value === '') return { type: 'ok', walk: START };
	if (value.length > MAX_LENGTH || !/^[a-z0-9_.-]+$/.test(value))
		return { type: 'reset', walk: START, reason: 'malformed' };
	const steps: Step[] = [];
	let at = tree.data.start;
	for (const part of value.split('.')) {
		const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)_([ynuf])$/.exec(part);
		if (match === null) return { type: 'reset', walk: START, reason: 'malformed' };
		const [, id, letter] = match;
		const move = MOVE[letter!]!;
		const node = tree.nodes.get(at);
		const next = node && id === at ? target(node, move) : undefined;
		if (next === undefined || !tree.nodes.has(next))
			return { type: 'reset', walk: START, reason: 'unknown-step' };
		steps.push({ at, move });
		at = next;
	}
	return { type: 'ok', walk: { steps } };
}

/** Reads the walk from a location's query string (e.g. `location.search`). */
export function walkFromSearch(tree: TreeIndex, search: string): Decoded {
	let value: string | null;
	try {
		value = new URLSearchParams(search).get(TREE_PARAM);
	} catch {
		return { type: 'reset', walk: START, reason: 'malformed' };
	}
	return decodeWalk(tree, value);
}

/** The query string for a walk, keeping other parameters; '' when nothing is left. */
export function searchForWalk(search: string, walk: Walk): string {
	const params = new URLSearchParams(search);
	const value = encodeWalk(walk);
	if (value === '') params.delete(TREE_PARAM);
	else params.set(TREE_PARAM, value);
	const text = params.toString();
	return text === '' ? '' : `?${text}`;
}

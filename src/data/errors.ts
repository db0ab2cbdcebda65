/**
 * Query once: the graph's errors in list order (the home page's error first), each with its tree
 * index started at its own `start`. Pages, the sidebar's pages, code pages and guides import these.
 */
import { graph } from './graph.ts';
import { treeData } from './tree.ts';
import { orderedErrors } from '../lib/errors/errors.ts';
import { indexTree, startingAt, type TreeIndex } from '../lib/tree/tree-data.ts';
import type { ErrorNode } from '../schemas/graph.ts';

/** Every error, the home page's first, then by id. */
export const errors: readonly ErrorNode[] = orderedErrors(graph.nodes, graph.start);

/** Each error with the tree started at its question (the graph check makes every start a question). */
export const errorTrees: readonly { readonly error: ErrorNode; readonly tree: TreeIndex }[] =
	errors.map((error) => {
		const data = startingAt(treeData, error.start);
		if (data === undefined)
			throw new Error(`${error.id}: its start "${error.start}" is not a question`);
		return { error, tree: indexTree(data) };
	});

/** The errors that list a code (`disconnect/0x204`), in list order. */
export function errorsWithCode(code: string): ErrorNode[] {
	return errors.filter((e) => e.codes.includes(code));
}

/**
 * The one JSON file both home-page islands fetch on first use (src/pages/tree/data.json.ts):
 * the decision tree's data and each cause's paste signatures. Shipping it as a cached file
 * instead of island props keeps the home page's HTML to one round trip.
 */
import type { Graph, NodeId, QuestionNode } from '../../schemas/graph.ts';
import type { Signature } from '../../schemas/signature.ts';
import { errorSummary, orderedErrors, type ErrorSummary } from '../errors/errors.ts';
import { indexTree, toTreeData, type TreeData, type TreeIndex } from './tree-data.ts';

/** The fetched file: the tree, the signatures of every cause by cause id, and the errors. */
export interface TreeBundle {
	readonly tree: TreeData;
	readonly signatures: Readonly<Record<NodeId, Signature[]>>;
	/** Every error with its start, codes and sentences (the paste box names the error it sees). */
	readonly errors: readonly ErrorSummary[];
}

/** Path of the file under the site's base path (ending in a slash). */
export const TREE_BUNDLE_PATH = 'tree/data.json';

/** The bundle of a validated graph. */
export function treeBundle(graph: Graph): TreeBundle {
	const signatures: Record<NodeId, Signature[]> = {};
	for (const node of graph.nodes) if (node.type === 'cause') signatures[node.id] = node.signatures;
	const errors = orderedErrors(graph.nodes, graph.start).map(errorSummary);
	return { tree: toTreeData(graph), signatures, errors };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

// A shape check instead of zod: zod would add more script to the islands than they save. The
// file is built from the validated graph, so this only catches a stale or foreign response.
/** True when a fetched value has the bundle's shape (start node present, lists where expected). */
export function isTreeBundle(value: unknown): value is TreeBundle {
	if (!isObject(value) || !isObject(value['tree']) || !isObject(value['signatures'])) return false;
	if (!Array.isArray(value['errors'])) return false;
	const tree = value['tree'];
	const nodes = tree['nodes'];
	return (
		typeof tree['start'] === 'string' &&
		Array.isArray(nodes) &&
		nodes.every(
			(n) => isObject(n) && typeof n['id'] === 'string' && typeof n['type'] === 'string',
		) &&
		nodes.some((n) => isObject(n) && n['id'] === tree['start']) &&
		Array.isArray(tree['causes']) &&
		isObject(tree['questionsLeft']) &&
		Object.values(value['signatures']).every(Array.isArray)
	);
}

/**
 * A tree holding only the first question, for the island before the bundle arrives: it renders
 * and counts progress like the real one, but no answer can be applied to it.
 */
export function firstQuestionTree(first: QuestionNode, questionsLeft: number): TreeIndex {
	return indexTree({
		start: first.id,
		nodes: [first],
		causes: [],
		questionsLeft: { [first.id]: questionsLeft },
	});
}

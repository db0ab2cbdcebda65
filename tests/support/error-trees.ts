import { orderedErrors } from '../../src/lib/errors/errors.ts';
import { indexTree, startingAt, toTreeData, type TreeIndex } from '../../src/lib/tree/tree-data.ts';
import type { ErrorNode } from '../../src/schemas/graph.ts';
import { loadRealGraph } from './real-graph.ts';

/** Every error of the real graph (home page's first) with the tree started at its question. */
export function realErrorTrees(): { error: ErrorNode; tree: TreeIndex }[] {
	const graph = loadRealGraph();
	const data = toTreeData(graph);
	return orderedErrors(graph.nodes, graph.start).map((error) => {
		const started = startingAt(data, error.start);
		if (started === undefined) throw new Error(`${error.id} starts at no question`);
		return { error, tree: indexTree(started) };
	});
}

import { readdirSync, readFileSync } from 'node:fs';
import { graphPartSchema, type Graph } from '../../src/schemas/graph.ts';
import { mergeGraphParts } from '../../src/lib/graph/merge.ts';
import { reachableFrom } from '../../src/lib/graph/traverse.ts';

const GRAPH_DIR = 'src/content/graph';

/** Loads the real graph files the way the build does (zod parse, then merge). */
export function loadRealGraph(): Graph {
	const parts = readdirSync(GRAPH_DIR)
		.filter((f) => f.endsWith('.json'))
		.map((f) => ({
			id: f.replace(/\.json$/, ''),
			data: graphPartSchema.parse(JSON.parse(readFileSync(`${GRAPH_DIR}/${f}`, 'utf8'))),
		}));
	return mergeGraphParts(parts).graph;
}

/**
 * The home tree (0x904/0x7): the real graph cut to the nodes its start reaches (answers and
 * notFixed) and the causes their outcomes name. The other errors' trees hang off their own
 * starts; the tests of the home tree's outline, routes and walks read this.
 */
export function loadHomeGraph(): Graph {
	const graph = loadRealGraph();
	const index = new Map(graph.nodes.map((n) => [n.id, n]));
	const reached = reachableFrom(index, graph.start!, true);
	const causes = new Set(
		graph.nodes.flatMap((n) => (n.type === 'outcome' && reached.has(n.id) ? [n.cause] : [])),
	);
	return {
		start: graph.start,
		nodes: graph.nodes.filter((n) => reached.has(n.id) || causes.has(n.id)),
	};
}

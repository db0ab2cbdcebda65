import { readdirSync, readFileSync } from 'node:fs';
import { graphPartSchema, type Graph } from '../../src/schemas/graph.ts';
import { mergeGraphParts } from '../../src/lib/graph/merge.ts';
import { indexNodes } from '../../src/lib/graph/edges.ts';
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
 * The home tree of the real graph: the nodes reachable from the graph's start (answers and "not
 * fixed"), with the causes their outcomes name. The other errors' trees start elsewhere; the
 * tests of the home page's tree, outline and collector walk this one.
 */
export function loadHomeGraph(): Graph {
	const graph = loadRealGraph();
	const reached = reachableFrom(indexNodes(graph), graph.start!, true);
	const causes = new Set(
		graph.nodes.flatMap((n) => (n.type === 'outcome' && reached.has(n.id) ? [n.cause] : [])),
	);
	const nodes = graph.nodes.filter(
		(n) => reached.has(n.id) || (n.type === 'cause' && causes.has(n.id)),
	);
	return { ...graph, nodes };
}

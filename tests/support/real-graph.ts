import { readdirSync, readFileSync } from 'node:fs';
import { graphPartSchema, type Graph } from '../../src/schemas/graph.ts';
import { mergeGraphParts } from '../../src/lib/graph/merge.ts';
import { indexNodes, reachableFrom } from '../../src/lib/graph/edges.ts';

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
 * Ids of the nodes the home tree reaches from the graph's start (answers and "not fixed" links):
 * the tree the home page and /tree/outline/ walk. Other errors' trees start elsewhere.
 */
export function homeTreeIds(graph: Graph): Set<string> {
	const nodes = indexNodes(graph);
	return reachableFrom(nodes, graph.start ?? '', true);
}

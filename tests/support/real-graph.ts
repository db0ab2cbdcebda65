import { readdirSync, readFileSync } from 'node:fs';
import { graphPartSchema, type Graph } from '../../src/schemas/graph.ts';
import { mergeGraphParts } from '../../src/lib/graph/merge.ts';

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

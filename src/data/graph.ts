/**
 * Query once: loads the knowledge graph, validates it against the docs collection and throws
 * (failing `astro build`) with every problem listed. Pages import `graph` from here.
 */
import { getCollection } from 'astro:content';
import { mergeGraphParts } from '../lib/graph/merge.ts';
import { formatProblems } from '../lib/graph/problem.ts';
import { validateGraph } from '../lib/graph/validate.ts';
import type { Graph } from '../schemas/graph.ts';

async function loadGraph(): Promise<Graph> {
	const [parts, docs] = await Promise.all([getCollection('graph'), getCollection('docs')]);
	const { graph, problems } = mergeGraphParts(parts.map(({ id, data }) => ({ id, data })));
	problems.push(...validateGraph(graph, new Set(docs.map((d) => d.id))));
	if (problems.length > 0) {
		throw new Error(
			`The knowledge graph in src/content/graph/ has ${problems.length} problem(s):\n${formatProblems(problems)}`,
		);
	}
	return graph;
}

/** The validated knowledge graph, nodes sorted by id. */
export const graph: Graph = await loadGraph();

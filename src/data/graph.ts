/**
 * Query once: loads the knowledge graph, checks it against its schema and rules and the docs
 * pages, and throws (failing `astro build`) with every problem listed. Pages import `graph`.
 */
import { getCollection } from 'astro:content';
import { loadGraphFiles } from '../lib/graph/check-files.ts';
import type { Graph } from '../schemas/graph.ts';
import { docIds } from './pages.ts';

const files = await getCollection('graph');

/** The checked knowledge graph, nodes sorted by id. */
export const graph: Graph = loadGraphFiles(
	files.map(({ id, data }) => ({ id, data })),
	docIds,
);

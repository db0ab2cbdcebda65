import { graphPartSchema, type Graph } from '../../schemas/graph.ts';
import { mergeGraphParts } from './merge.ts';
import { formatProblems, type GraphProblem } from './problem.ts';
import { validateGraph, type ValidateOptions } from './validate.ts';

/** One JSON file of src/content/graph/ as loaded: its name and its still unchecked content. */
export interface GraphFile {
	readonly id: string;
	readonly data: unknown;
}

const ANSWERS: readonly unknown[] = ['yes', 'no', 'unsure'];

/** The id of node `index` in a file's raw content, or where it sits when it has no id. */
function nodeIdAt(file: GraphFile, index: PropertyKey | undefined): string {
	const raw = file.data;
	const nodes = typeof raw === 'object' && raw !== null && 'nodes' in raw ? raw.nodes : undefined;
	const node: unknown =
		Array.isArray(nodes) && typeof index === 'number' ? nodes[index] : undefined;
	if (typeof node === 'object' && node !== null && 'id' in node && typeof node.id === 'string')
		return node.id;
	return `${file.id}: nodes[${String(index)}]`;
}

/** A problem, with its edge only when there is one. */
const problem = (node: string, edge: string, message: string): GraphProblem =>
	edge ? { node, edge, message } : { node, message };

/** A schema issue of `file` as a problem naming the node by its id (Astro would say "nodes.3.no"). */
function schemaProblem(
	file: GraphFile,
	issue: { readonly path: readonly PropertyKey[]; readonly code: string; readonly message: string },
): GraphProblem {
	const [top, index, field, ...rest] = issue.path;
	if (top !== 'nodes' || index === undefined) {
		return problem(
			`(${file.id})`,
			issue.path.map(String).join('.'),
			`${issue.message}: fix the file as src/schemas/graph.ts describes.`,
		);
	}
	const node = nodeIdAt(file, index);
	if (ANSWERS.includes(field) && rest.length === 0 && issue.code === 'invalid_type') {
		return problem(
			node,
			String(field),
			`the question has no "${String(field)}" answer: add "${String(field)}": "<node id>".`,
		);
	}
	return problem(
		node,
		[field, ...rest]
			.filter((k) => k !== undefined)
			.map(String)
			.join('.'),
		`${issue.message}: fix this field as src/schemas/graph.ts describes.`,
	);
}

/**
 * Checks the graph files the way the build does: each file against the schema (problems name the
 * node and field), then the files merged into one graph and the graph rules of `validateGraph`.
 * `docIds` are the docs collection's ids, against which each cause's guide is checked.
 */
export function checkGraphFiles(
	files: readonly GraphFile[],
	docIds: ReadonlySet<string>,
	options: ValidateOptions = {},
): { graph?: Graph; problems: GraphProblem[] } {
	const problems: GraphProblem[] = [];
	const parts = files.flatMap((file) => {
		const parsed = graphPartSchema.safeParse(file.data);
		if (parsed.success) return [{ id: file.id, data: parsed.data }];
		problems.push(...parsed.error.issues.map((issue) => schemaProblem(file, issue)));
		return [];
	});
	if (problems.length > 0) return { problems };
	const { graph, problems: mergeProblems } = mergeGraphParts(parts);
	return { graph, problems: [...mergeProblems, ...validateGraph(graph, docIds, options)] };
}

/** `checkGraphFiles`, throwing (which fails `astro build`) with every problem, one per line. */
export function loadGraphFiles(
	files: readonly GraphFile[],
	docIds: ReadonlySet<string>,
	options: ValidateOptions = {},
): Graph {
	const { graph, problems } = checkGraphFiles(files, docIds, options);
	if (graph === undefined || problems.length > 0) {
		throw new Error(
			`The knowledge graph in src/content/graph/ has ${problems.length} problem(s):\n${formatProblems(problems)}`,
		);
	}
	return graph;
}

import { graphSchema, type Graph } from '../../schemas/graph.ts';
import type { GraphProblem } from './problem.ts';
import { validateGraph, type ValidateOptions } from './validate.ts';

const ANSWERS: readonly unknown[] = ['yes', 'no', 'unsure'];

function nodeIdAt(raw: unknown, index: PropertyKey | undefined): string {
	if (typeof index !== 'number' || typeof raw !== 'object' || raw === null || !('nodes' in raw))
		return '(graph)';
	const nodes = raw.nodes;
	const node: unknown = Array.isArray(nodes) ? nodes[index] : undefined;
	if (typeof node === 'object' && node !== null && 'id' in node && typeof node.id === 'string')
		return node.id;
	return `nodes[${index}]`;
}

/**
 * Parses raw JSON as a graph and validates it: schema errors come back as problems naming the node
 * (a missing answer says so by name), then the graph rules of `validateGraph` run.
 */
export function checkGraphJson(
	raw: unknown,
	docIds: ReadonlySet<string>,
	options: ValidateOptions = {},
): { graph?: Graph; problems: GraphProblem[] } {
	const parsed = graphSchema.safeParse(raw);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue): GraphProblem => {
			const [top, index, field, ...rest] = issue.path;
			const node = top === 'nodes' ? nodeIdAt(raw, index) : '(graph)';
			const edge =
				top === 'nodes' ? [field, ...rest].map(String).join('.') : issue.path.map(String).join('.');
			if (ANSWERS.includes(field) && rest.length === 0 && issue.code === 'invalid_type') {
				return {
					node,
					edge: String(field),
					message: `the question has no "${String(field)}" answer: add "${String(field)}": "<node id>".`,
				};
			}
			return {
				node,
				edge,
				message: `${issue.message}: fix this field as src/schemas/graph.ts describes.`,
			};
		});
		return { problems };
	}
	return { graph: parsed.data, problems: validateGraph(parsed.data, docIds, options) };
}

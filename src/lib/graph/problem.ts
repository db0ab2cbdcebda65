/** One thing wrong with the graph: the node, the edge or field if any, and how to fix it. */
export interface GraphProblem {
	/** Id of the offending node (or `(graph)` for graph-wide problems). */
	readonly node: string;
	/** Edge (`yes`, `no`, `unsure`, `notFixed`) or field (`guide`, `cause`, `signatures[2]`). */
	readonly edge?: string;
	/** What is wrong and what to do about it. */
	readonly message: string;
}

/** One line per problem, as the build prints them. */
export function formatProblems(problems: readonly GraphProblem[]): string {
	return problems
		.map((p) => `- node "${p.node}"${p.edge ? `, ${p.edge}` : ''}: ${p.message}`)
		.join('\n');
}

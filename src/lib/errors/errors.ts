/**
 * Errors as the site lists and links them: the slug of an error's page, the order lists show
 * them in (the home page's error first), and the slice of an error the browser needs.
 */
import type { ErrorNode, GraphNode, NodeId } from '../../schemas/graph.ts';

/** What the islands need of an error (in the tree bundle): no dialogs, summary or sources. */
export type ErrorSummary = Pick<
	ErrorNode,
	'id' | 'title' | 'start' | 'codes' | 'sentences' | 'causes'
>;

/** The prefix every error id carries (errorNodeSchema). */
const PREFIX = 'error-';

/** The page's URL segment: the id without "error-" (`error-0x204` -> `0x204`). */
export function errorSlug(id: NodeId): string {
	return id.startsWith(PREFIX) ? id.slice(PREFIX.length) : id;
}

/** The error page's path under the site's base, with the trailing slash (`errors/0x204/`). */
export function errorPath(id: NodeId): string {
	return `errors/${errorSlug(id)}/`;
}

/**
 * The errors of a graph in the order lists show them: the one that starts at the graph's start
 * (the home page's error) first, then the others by id, so the order never depends on file order.
 */
export function orderedErrors(
	nodes: readonly GraphNode[],
	homeStart: NodeId | undefined,
): ErrorNode[] {
	const errors = nodes.filter((n): n is ErrorNode => n.type === 'error');
	const rank = (e: ErrorNode): number => (e.start === homeStart ? 0 : 1);
	return errors.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

/**
 * The errors the home page's "Seeing a different error?" line names: every error but the one
 * the home page itself diagnoses (it starts at `homeStart`) and those marked `onHomePage: false`.
 */
export function homePageErrors(
	errors: readonly ErrorNode[],
	homeStart: NodeId | undefined,
): ErrorNode[] {
	return errors.filter((e) => e.start !== homeStart && e.onHomePage !== false);
}

/** The summary of an error that the tree bundle carries. */
export function errorSummary(error: ErrorNode): ErrorSummary {
	const { id, title, start, codes, sentences, causes } = error;
	return { id, title, start, codes, sentences, causes };
}

/**
 * The "Errors" sidebar group, from the knowledge graph's files: a link to the list of errors,
 * then each error's page in list order (the home page's error first), under its short label
 * (Starlight writes the sidebar into every page, so each label costs every page). The sidebar is built in
 * astro.config.mjs, before content collections load, so this reads the raw files; a file that
 * fails its schema is skipped here and reported by the build's graph check.
 */
import { graphPartSchema, type GraphNode } from '../../schemas/graph.ts';
import { errorPath, orderedErrors } from '../errors/errors.ts';
import type { SidebarGroup } from './guides-sidebar.ts';

/** The errors index page, a Starlight sidebar link (Starlight adds the base path). */
export const ERRORS_INDEX_LINK = '/errors/';

/** The sidebar group for the parsed JSON of every graph file. */
export function errorsSidebarGroup(files: readonly unknown[]): SidebarGroup {
	const nodes: GraphNode[] = [];
	let start: string | undefined;
	for (const file of files) {
		const part = graphPartSchema.safeParse(file);
		if (!part.success) continue;
		nodes.push(...part.data.nodes);
		start ??= part.data.start;
	}
	const errors = orderedErrors(nodes, start);
	return {
		label: 'Errors',
		items: [
			{ label: `All ${errors.length} errors`, link: ERRORS_INDEX_LINK },
			...errors.map((e) => ({ label: e.label, link: `/${errorPath(e.id)}` })),
		],
	};
}

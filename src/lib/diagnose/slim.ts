/**
 * What the island receives, trimmed: the matcher and the walk planner never show a question's
 * check (how, commands, read) nor a cause's summary, which are most of the bytes. Blanking them
 * keeps the shared types while cutting the island's props to about a third.
 */
import type { TreeData } from '../tree/tree-data.ts';
import type { DiagnoseData } from './diagnose.ts';
import type { CauseRules } from './match.ts';

/** The island's data: signatures per cause and the tree without the texts it never shows. */
export function slimDiagnoseData(causes: readonly CauseRules[], tree: TreeData): DiagnoseData {
	return {
		causes: causes.map(({ id, title, guide, signatures }) => ({
			id,
			title,
			summary: '',
			guide,
			signatures,
		})),
		tree: {
			...tree,
			nodes: tree.nodes.map((n) =>
				n.type === 'question'
					? { ...n, check: { where: n.check.where, how: '', commands: [], read: '' } }
					: n,
			),
		},
	};
}

/**
 * The slice of the knowledge graph the decision tree needs in the browser: the step nodes and,
 * for causes, only what an outcome shows (signatures stay on the server).
 */
import type { CauseNode, Graph, NodeId, StepNode } from '../../schemas/graph.ts';
import { isStepNode, questionsToLeaf } from '../graph/edges.ts';

/** What an outcome shows of its cause. */
export type CauseSummary = Pick<CauseNode, 'id' | 'title' | 'summary' | 'guide'>;

/** Serializable tree data, passed to the island as a prop. */
export interface TreeData {
	/** Id of the first question. */
	readonly start: NodeId;
	/** Questions, outcomes and the unmatched leaf. */
	readonly nodes: readonly StepNode[];
	/** The causes outcomes name. */
	readonly causes: readonly CauseSummary[];
	/** Most questions left from each question on its longest path (for the progress hint). */
	readonly questionsLeft: Readonly<Record<NodeId, number>>;
}

/** The tree data of a validated graph. */
export function toTreeData(graph: Graph): TreeData {
	if (graph.start === undefined)
		throw new Error('toTreeData needs a validated graph with a start node');
	const nodes: StepNode[] = [];
	const causes: CauseSummary[] = [];
	for (const node of graph.nodes) {
		if (node.type === 'cause')
			causes.push({ id: node.id, title: node.title, summary: node.summary, guide: node.guide });
		else if (isStepNode(node)) nodes.push(node);
	}
	const index = new Map(graph.nodes.map((n) => [n.id, n]));
	const memo = new Map<NodeId, number>();
	const questionsLeft: Record<NodeId, number> = {};
	for (const node of nodes)
		if (node.type === 'question') questionsLeft[node.id] = questionsToLeaf(index, node.id, memo);
	return { start: graph.start, nodes, causes, questionsLeft };
}

/** Lookup tables over tree data, built once per island. */
export interface TreeIndex {
	readonly data: TreeData;
	readonly nodes: ReadonlyMap<NodeId, StepNode>;
	readonly causes: ReadonlyMap<NodeId, CauseSummary>;
}

/** Builds the lookup tables. */
export function indexTree(data: TreeData): TreeIndex {
	return {
		data,
		nodes: new Map(data.nodes.map((n) => [n.id, n])),
		causes: new Map(data.causes.map((c) => [c.id, c])),
	};
}

/**
 * The same tree started at another question (an error's own `start`): every walk, URL state,
 * outline, route and progress count reads `start`, so this is all a tree needs to begin
 * elsewhere. Undefined when `start` is not a question of the data.
 */
export function startingAt(data: TreeData, start: NodeId): TreeData | undefined {
	if (start === data.start) return data;
	const node = data.nodes.find((n) => n.id === start);
	return node?.type === 'question' ? { ...data, start } : undefined;
}

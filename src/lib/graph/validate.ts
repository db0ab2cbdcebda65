/**
 * The one check of the knowledge graph, used by the unit tests and by the build (src/data/graph.ts).
 * It returns every problem it finds rather than stopping at the first, so one build run shows all.
 *
 * "notFixed may only point forward" means: adding the notFixed edges to the answer edges must keep
 * the graph acyclic, so a person who keeps answering "this did not fix it" always reaches an end.
 */
import type { CauseNode, ErrorNode, Graph, GraphNode, NodeId } from '../../schemas/graph.ts';
import {
	edgesOf,
	findCycle,
	indexNodes,
	isStepNode,
	longestQuestionPath,
	reachableFrom,
} from './edges.ts';
import type { GraphProblem } from './problem.ts';
import { causesNamed, checkErrors } from './validate-errors.ts';
import { validateSignatures } from './validate-signatures.ts';

/** Most questions a person may have to answer on one path; deeper trees fail the build. */
export const MAX_QUESTIONS_ON_A_PATH = 16;

/** Options of `validateGraph`. */
export interface ValidateOptions {
	/** Overrides MAX_QUESTIONS_ON_A_PATH (tests use a small bound). */
	readonly maxDepth?: number;
}

function checkIds(graph: Graph, problems: GraphProblem[]): void {
	const seen = new Set<NodeId>();
	for (const node of graph.nodes) {
		if (seen.has(node.id))
			problems.push({
				node: node.id,
				message: `the id "${node.id}" is used by more than one node: rename one of them.`,
			});
		seen.add(node.id);
	}
}

function checkEdges(index: ReadonlyMap<NodeId, GraphNode>, problems: GraphProblem[]): void {
	for (const node of index.values()) {
		if (node.type === 'question') {
			for (const answer of ['yes', 'no', 'unsure'] as const) {
				if (typeof node[answer] !== 'string' || node[answer] === '') {
					problems.push({
						node: node.id,
						edge: answer,
						message: `the question has no "${answer}" answer: add "${answer}": "<node id>".`,
					});
				}
			}
		}
		for (const edge of edgesOf(node, true)) {
			const target = index.get(edge.to);
			const where = `${edge.name} -> "${edge.to}"`;
			if (target === undefined)
				problems.push({
					node: node.id,
					edge: where,
					message: `no node has the id "${edge.to}": fix the id or add the node.`,
				});
			else if (!isStepNode(target))
				problems.push({
					node: node.id,
					edge: where,
					message: `"${edge.to}" is a cause; point at an outcome that names it instead.`,
				});
		}
		if (node.type === 'outcome') {
			const cause = index.get(node.cause);
			if (cause?.type !== 'cause')
				problems.push({
					node: node.id,
					edge: `cause -> "${node.cause}"`,
					message: `there is no cause node "${node.cause}": use the id of a cause.`,
				});
		}
	}
}

function checkGuides(
	causes: readonly CauseNode[],
	docIds: ReadonlySet<string>,
	problems: GraphProblem[],
): void {
	for (const cause of causes) {
		if (cause.guide !== `guides/${cause.id}`) {
			problems.push({
				node: cause.id,
				edge: 'guide',
				message: `a cause's guide is "guides/${cause.id}" (the cause id is the guide slug), not "${cause.guide}".`,
			});
		} else if (!docIds.has(cause.guide)) {
			problems.push({
				node: cause.id,
				edge: 'guide',
				message: `the guide page "${cause.guide}" does not exist: create src/content/docs/${cause.guide}.mdx.`,
			});
		}
	}
}

function checkReach(
	graph: Graph,
	index: ReadonlyMap<NodeId, GraphNode>,
	starts: readonly NodeId[],
	causes: readonly CauseNode[],
	problems: GraphProblem[],
): void {
	const reached = new Set(starts.flatMap((start) => [...reachableFrom(index, start, true)]));
	for (const node of index.values()) {
		if (isStepNode(node) && !reached.has(node.id)) {
			problems.push({
				node: node.id,
				message: `no path from the start "${graph.start}" or from an error's start reaches this ${node.type}: link it from a question or an outcome's notFixed, or delete it.`,
			});
		}
	}
	const named = causesNamed(index, reached);
	for (const cause of causes) {
		if (!named.has(cause.id))
			problems.push({
				node: cause.id,
				message:
					"no reachable outcome names this cause: add an outcome for it and lead a question's answer there.",
			});
	}
}

/** Reports cycles and the home tree's depth; false when the answers form a cycle. */
function checkShape(
	index: ReadonlyMap<NodeId, GraphNode>,
	start: NodeId,
	maxDepth: number,
	problems: GraphProblem[],
): boolean {
	const answerCycle = findCycle(index, false);
	if (answerCycle) {
		problems.push({
			node: answerCycle[0]!,
			message: `the answers form a cycle ${answerCycle.join(' -> ')}: a decision tree only moves forward; point one of these answers at a later node.`,
		});
		return false;
	}
	const fullCycle = findCycle(index, true);
	if (fullCycle) {
		problems.push({
			node: fullCycle[0]!,
			edge: 'notFixed',
			message: `"this did not fix it" leads back along ${fullCycle.join(' -> ')}: notFixed must point forward, to a node from which the walk cannot return.`,
		});
	}
	const longest = longestQuestionPath(index, start);
	if (longest.length > maxDepth) {
		problems.push({
			node: start,
			message: `the longest path asks ${longest.length} questions (${longest.join(' -> ')}), more than the bound of ${maxDepth}: ask the most telling checks earlier or merge questions.`,
		});
	}
	return true;
}

/**
 * Every problem of the graph. `docIds` are the ids of the docs collection (e.g. `guides/listener`),
 * against which each cause's guide is checked. An empty list means the graph is sound.
 */
export function validateGraph(
	graph: Graph,
	docIds: ReadonlySet<string>,
	options: ValidateOptions = {},
): GraphProblem[] {
	const problems: GraphProblem[] = [];
	checkIds(graph, problems);
	const index = indexNodes(graph);
	const causes = [...index.values()].filter((n): n is CauseNode => n.type === 'cause');
	checkEdges(index, problems);
	checkGuides(causes, docIds, problems);
	problems.push(...validateSignatures(causes));
	const startNode = graph.start === undefined ? undefined : index.get(graph.start);
	if (graph.start === undefined || startNode === undefined) {
		problems.push({
			node: graph.start ?? '(graph)',
			edge: 'start',
			message:
				graph.start === undefined
					? 'no file declares "start": set "start": "<question id>" in one graph file.'
					: `the start node "${graph.start}" does not exist: point "start" at a question.`,
		});
		return problems;
	}
	if (startNode.type !== 'question') {
		problems.push({
			node: startNode.id,
			edge: 'start',
			message: 'the start node must be a question.',
		});
	}
	const maxDepth = options.maxDepth ?? MAX_QUESTIONS_ON_A_PATH;
	const errors = [...index.values()].filter((n): n is ErrorNode => n.type === 'error');
	// The depth checks need an acyclic graph; a cycle is reported once by checkShape.
	if (checkShape(index, startNode.id, maxDepth, problems))
		checkErrors(graph, index, errors, maxDepth, problems);
	checkReach(graph, index, [startNode.id, ...errors.map((e) => e.start)], causes, problems);
	return problems;
}

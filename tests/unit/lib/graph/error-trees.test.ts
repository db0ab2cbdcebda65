/**
 * Every error's own tree, walked from its start over the yes / no / not sure answers: each path ends
 * at an outcome or "unmatched", stays within 16 questions, reaches exactly the causes the error
 * lists, and reaches its causes in fewer than 6 questions on average (the fewest questions to an
 * outcome of each cause).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ErrorNode, GraphNode, NodeId } from '../../../../src/schemas/graph.ts';
import { edgesOf, indexNodes, reachableFrom } from '../../../../src/lib/graph/edges.ts';
import { SENTENCES } from '../../../../src/lib/recognize/sentence-list.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';

const graph = loadRealGraph();
const index = indexNodes(graph);
const errors = graph.nodes.filter((n): n is ErrorNode => n.type === 'error');

/** Every root-to-leaf path from `start`: the questions asked, then the leaf. */
function paths(start: NodeId): { questions: NodeId[]; leaf: GraphNode }[] {
	const found: { questions: NodeId[]; leaf: GraphNode }[] = [];
	const walk = (id: NodeId, questions: NodeId[]): void => {
		const node = index.get(id);
		if (node === undefined) throw new Error(`${id} is not in the graph`);
		const edges = edgesOf(node, false);
		if (edges.length === 0) found.push({ questions, leaf: node });
		for (const edge of edges) walk(edge.to, [...questions, id]);
	};
	walk(start, []);
	return found;
}

/** Per cause of an error: the fewest and the most questions on a path that ends at it. */
function questionsToCauses(
	all: readonly { questions: NodeId[]; leaf: GraphNode }[],
): Map<string, { fewest: number; most: number }> {
	const byCause = new Map<string, { fewest: number; most: number }>();
	for (const { questions, leaf } of all) {
		if (leaf.type !== 'outcome') continue;
		const seen = byCause.get(leaf.cause);
		const n = questions.length;
		byCause.set(leaf.cause, {
			fewest: Math.min(seen?.fewest ?? n, n),
			most: Math.max(seen?.most ?? n, n),
		});
	}
	return byCause;
}

const codeIds = new Set(
	readdirSync('src/content/codes')
		.filter((f) => f.endsWith('.json'))
		.flatMap((f) =>
			(JSON.parse(readFileSync(`src/content/codes/${f}`, 'utf8')) as { id: string }[]).map(
				(c) => c.id,
			),
		),
);
const sentenceIds = new Set(SENTENCES.map((s) => s.id));

describe.each(errors.map((e) => [e.id, e] as const))('the tree of %s', (_id, error) => {
	const all = paths(error.start);

	it('ends every path at an outcome of a real cause or at "unmatched", within 16 questions', () => {
		for (const { questions, leaf } of all) {
			expect(leaf.type, questions.join(' > ')).toMatch(/^(outcome|unmatched)$/);
			if (leaf.type === 'outcome') expect(index.get(leaf.cause)?.type).toBe('cause');
			expect(questions.length, questions.join(' > ')).toBeLessThanOrEqual(16);
		}
	});

	// A tree that reuses a branch of another may reach more causes than its error lists as usual.
	it('reaches every cause the error lists', () => {
		const reached = questionsToCauses(all);
		expect(error.causes.filter((c) => !reached.has(c))).toEqual([]);
	});

	it('shows only codes that have a page and sentences the recognizer knows', () => {
		expect(error.codes.filter((c) => !codeIds.has(c))).toEqual([]);
		expect(error.sentences.filter((s) => !sentenceIds.has(s))).toEqual([]);
	});
});

describe.each(errors.map((e) => [e.id, e] as const))('the tree of %s', (_id, error) => {
	it('reaches its causes in fewer than 6 questions on average', () => {
		const reach = questionsToCauses(paths(error.start));
		const fewest = error.causes.map((c) => reach.get(c)?.fewest ?? Infinity);
		const mean = fewest.reduce((a, b) => a + b, 0) / fewest.length;
		expect(mean).toBeLessThan(6);
	});
});

// Microsoft's "An internal error has occurred" article names the audio call, the network, the
// certificate, MachineKeys and the security negotiation; it does not name Windows updates.
it('the internal-error tree asks nothing about Windows updates, even after "This did not fix it"', () => {
	const internal = errors.find((e) => e.id === 'error-internal-error')!;
	const reached = [...reachableFrom(index, internal.start, true)].map((id) => index.get(id)!);
	const updates = reached.filter(
		(n) =>
			(n.type === 'question' && /Windows updates/i.test(n.text)) ||
			(n.type === 'outcome' && n.cause === 'windows-updates'),
	);
	expect(updates.map((n) => n.id)).toEqual([]);
});

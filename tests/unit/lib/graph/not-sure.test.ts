/**
 * "Not sure" in every error's tree: the answer of someone who could not make a check never ends
 * at "No known cause matched" (no cause and no next step). It leads to the next useful check, or
 * to an outcome that names the cause left and says how to settle it. Walks every node reachable
 * from each error's start, over the answers and "This did not fix it".
 */
import { describe, expect, it } from 'vitest';
import type { ErrorNode } from '../../../../src/schemas/graph.ts';
import { indexNodes, reachableFrom } from '../../../../src/lib/graph/edges.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';

const graph = loadRealGraph();
const index = indexNodes(graph);
const errors = graph.nodes.filter((n): n is ErrorNode => n.type === 'error');

describe.each(errors.map((e) => [e.id, e] as const))('the tree of %s', (_id, error) => {
	const questions = [...reachableFrom(index, error.start, true)]
		.map((id) => index.get(id))
		.filter((n) => n?.type === 'question');

	it('leads every "Not sure" to a question or an outcome, never to "no known cause"', () => {
		const deadEnds = questions
			.filter(
				(q) => index.get(q.unsure)?.type !== 'question' && index.get(q.unsure)?.type !== 'outcome',
			)
			.map((q) => `${q.id} -> ${q.unsure}`);
		expect(deadEnds).toEqual([]);
	});
});

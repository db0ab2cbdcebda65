import { describe, expect, it } from 'vitest';
import { CONTRACT_CAUSES } from '../../../support/cause-ids.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';
import { outlineOf } from '../../../../src/lib/tree/outline.ts';
import { toTreeData } from '../../../../src/lib/tree/tree-data.ts';

const graph = loadRealGraph();
const data = toTreeData(graph);
// The outline page starts from the home start, then from every error's start.
const starts = [data.start, ...graph.nodes.flatMap((n) => (n.type === 'error' ? [n.start] : []))];
const outline = outlineOf(data, starts);

describe('the no-JavaScript outline', () => {
	it('numbers every question once, the start first', () => {
		const questions = data.nodes.filter((n) => n.type === 'question');
		expect(outline.questions.map((q) => q.number)).toEqual(questions.map((_, i) => i + 1));
		expect(outline.questions[0]?.node.id).toBe(data.start);
		expect(new Set(outline.questions.map((q) => q.node.id)).size).toBe(questions.length);
	});

	it('gives every question its three branches, each to a numbered question or a leaf', () => {
		for (const q of outline.questions) {
			expect(q.branches.map((b) => b.answer)).toEqual(['Yes', 'No', 'Not sure']);
			for (const b of q.branches)
				if (b.to.type === 'question') expect(b.to.number).toBeGreaterThan(0);
		}
	});

	it('lists every outcome with its cause and where to go when the fix fails', () => {
		const outcomes = data.nodes.filter((n) => n.type === 'outcome');
		expect(outline.outcomes).toHaveLength(outcomes.length);
		expect(new Set(outline.outcomes.map((o) => o.cause.id)).size).toBe(CONTRACT_CAUSES.length);
		expect(outline.unmatched.map((u) => u.id)).toEqual(['unmatched']);
	});
});

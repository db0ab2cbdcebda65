import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, indexDiagnoseData } from '../../../../src/lib/diagnose/diagnose.ts';
import { slimDiagnoseData } from '../../../../src/lib/diagnose/slim.ts';
import { toTreeData } from '../../../../src/lib/tree/tree-data.ts';
import type { CauseNode } from '../../../../src/schemas/graph.ts';
import { NOW, pasteFixture } from '../../../support/diagnose-index.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';

describe("the island's trimmed data", () => {
	const graph = loadRealGraph();
	const causes = graph.nodes.filter((n): n is CauseNode => n.type === 'cause');
	const full = indexDiagnoseData({ causes, tree: toTreeData(graph) });
	const slim = indexDiagnoseData(slimDiagnoseData(causes, toTreeData(graph)));

	it.each(readdirSync('tests/fixtures/paste'))(
		'diagnoses %s exactly as the full data does',
		(file) => {
			const a = diagnose(pasteFixture(file), full, NOW);
			const b = diagnose(pasteFixture(file), slim, NOW);
			expect(b.candidates.map((c) => [c.cause.id, c.score, c.reason])).toEqual(
				a.candidates.map((c) => [c.cause.id, c.score, c.reason]),
			);
			expect(b.plan.steps.map((s) => [s.at, s.move, s.kind])).toEqual(
				a.plan.steps.map((s) => [s.at, s.move, s.kind]),
			);
		},
	);
});

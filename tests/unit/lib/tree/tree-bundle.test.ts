import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnoseDataOf } from '../../../../src/lib/diagnose/bundle.ts';
import { diagnose, indexDiagnoseData } from '../../../../src/lib/diagnose/diagnose.ts';
import { progressOf, progressText } from '../../../../src/lib/tree/progress.ts';
import {
	firstQuestionTree,
	isTreeBundle,
	treeBundle,
} from '../../../../src/lib/tree/tree-bundle.ts';
import { indexTree, toTreeData } from '../../../../src/lib/tree/tree-data.ts';
import { errorSummary, orderedErrors } from '../../../../src/lib/errors/errors.ts';
import { currentNode, START } from '../../../../src/lib/tree/walk.ts';
import type { CauseNode } from '../../../../src/schemas/graph.ts';
import { NOW, pasteFixture } from '../../../support/diagnose-index.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';

const graph = loadRealGraph();
/** The bundle as the islands receive it: through JSON. */
const fetched: unknown = JSON.parse(JSON.stringify(treeBundle(graph)));

describe('the fetched tree bundle', () => {
	const causes = graph.nodes.filter((n): n is CauseNode => n.type === 'cause');
	const errors = orderedErrors(graph.nodes, graph.start).map(errorSummary);
	const full = indexDiagnoseData({ causes, tree: toTreeData(graph), errors });
	if (!isTreeBundle(fetched)) throw new Error('the real bundle fails its own guard');
	const fromBundle = indexDiagnoseData(diagnoseDataOf(fetched));

	it.each(readdirSync('tests/fixtures/paste'))('diagnoses %s exactly as the graph does', (file) => {
		const a = diagnose(pasteFixture(file), full, NOW);
		const b = diagnose(pasteFixture(file), fromBundle, NOW);
		expect(b.candidates.map((c) => [c.cause.id, c.score, c.reason])).toEqual(
			a.candidates.map((c) => [c.cause.id, c.score, c.reason]),
		);
		expect(b.plan.steps.map((s) => [s.at, s.move, s.kind])).toEqual(
			a.plan.steps.map((s) => [s.at, s.move, s.kind]),
		);
	});

	it('carries every cause with its signatures and the whole tree', () => {
		expect(fetched.tree).toEqual(toTreeData(graph));
		expect(Object.keys(fetched.signatures).sort()).toEqual(causes.map((c) => c.id).sort());
	});
});

describe('isTreeBundle', () => {
	const bundle = fetched as { tree: Record<string, unknown>; signatures: unknown };
	it.each([
		['null', null],
		['a list', []],
		['a bundle without signatures', { tree: bundle.tree }],
		['a tree whose start node is missing', { ...bundle, tree: { ...bundle.tree, start: 'nope' } }],
		['nodes that are not a list', { ...bundle, tree: { ...bundle.tree, nodes: {} } }],
		['signatures that are not lists', { ...bundle, signatures: { certificate: 'x' } }],
		['an HTML error page parsed as text', '<!doctype html>'],
	])('refuses %s', (_, value) => {
		expect(isTreeBundle(value)).toBe(false);
	});
});

describe('firstQuestionTree', () => {
	const full = indexTree(toTreeData(graph));
	const first = currentNode(full, START);
	if (first.type !== 'question') throw new Error('the real tree starts with a question');
	const stub = firstQuestionTree(first, full.data.questionsLeft[first.id] ?? 1);

	it('shows the first question with the progress hint of the whole tree', () => {
		expect(currentNode(stub, START)).toBe(first);
		expect(progressText(progressOf(stub, START))).toBe(progressText(progressOf(full, START)));
	});
});

import { readFileSync } from 'node:fs';
import { indexDiagnoseData, type DiagnoseIndex } from '../../src/lib/diagnose/diagnose.ts';
import { toTreeData } from '../../src/lib/tree/tree-data.ts';
import type { CauseNode } from '../../src/schemas/graph.ts';
import { loadRealGraph } from './real-graph.ts';

/** The matcher's index over the real graph, as the island builds it. */
export function realDiagnoseIndex(): DiagnoseIndex {
	const graph = loadRealGraph();
	const causes = graph.nodes.filter((n): n is CauseNode => n.type === 'cause');
	return indexDiagnoseData({ causes, tree: toTreeData(graph) });
}

/** A fixture of tests/fixtures/paste/. */
export function pasteFixture(name: string): string {
	return readFileSync(`tests/fixtures/paste/${name}`, 'utf8');
}

/** The fixed "now" of every diagnosis in the tests (certificate expiry depends on it). */
export const NOW = new Date('2026-11-22T00:00:00Z');

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Graph, NodeId } from '../../../../src/schemas/graph.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';
import { validateGraph } from '../../../../src/lib/graph/validate.ts';
import { edgesOf, indexNodes } from '../../../../src/lib/graph/edges.ts';
import { CONTRACT_CAUSES } from '../../../support/cause-ids';

const DOCS_DIR = 'src/content/docs';

function docIds(): Set<string> {
	const ids = new Set<string>();
	for (const dir of readdirSync(DOCS_DIR)) {
		try {
			for (const f of readdirSync(`${DOCS_DIR}/${dir}`))
				ids.add(`${dir}/${f.replace(/\.mdx?$/, '')}`);
		} catch {
			ids.add(dir.replace(/\.mdx?$/, ''));
		}
	}
	return ids;
}

/**
 * Every root-to-leaf path over answer edges from the graph start and from each error's start, as
 * lists of [node id, answer] ending in a leaf id.
 */
function allPaths(graph: Graph): { steps: string[]; leaf: NodeId }[] {
	const index = indexNodes(graph);
	const paths: { steps: string[]; leaf: NodeId }[] = [];
	const walk = (id: NodeId, steps: string[]): void => {
		const node = index.get(id)!;
		const edges = edgesOf(node, false);
		if (edges.length === 0) paths.push({ steps, leaf: id });
		for (const edge of edges) walk(edge.to, [...steps, `${id}:${edge.name}`]);
	};
	const starts = new Set([graph.start!]);
	for (const node of graph.nodes) if (node.type === 'error') starts.add(node.start);
	for (const start of starts) walk(start, []);
	return paths;
}

describe('the real knowledge graph', () => {
	const graph = loadRealGraph();
	const index = indexNodes(graph);

	it('passes every validation rule against the real docs', () => {
		expect(validateGraph(graph, docIds())).toEqual([]);
	});

	it('holds exactly the contract causes, each with at least one signature', () => {
		const causes = graph.nodes.filter((n) => n.type === 'cause');
		expect(causes.map((c) => c.id).sort()).toEqual([...CONTRACT_CAUSES].sort());
	});

	const paths = allPaths(graph);
	it('has many root-to-leaf paths, and every one ends at an outcome with a real cause or at "unmatched"', () => {
		expect(paths.length).toBeGreaterThan(20);
		for (const { leaf, steps } of paths) {
			const node = index.get(leaf);
			expect(node?.type, steps.join(' > ')).toMatch(/^(outcome|unmatched)$/);
			if (node?.type === 'outcome') expect(index.get(node.cause)?.type).toBe('cause');
		}
	});

	// `paths` already walks from the home start and from every error's start (allPaths), so one walk
	// suffices; walking it again once per error made the test grow with the square of the errors.
	it("reaches every contract cause through some path from the home start or an error's start", () => {
		const reached = new Set(
			paths.map((p) => index.get(p.leaf)).flatMap((n) => (n?.type === 'outcome' ? [n.cause] : [])),
		);
		expect([...reached].sort()).toEqual([...CONTRACT_CAUSES].sort());
	});

	it('never asks about the risky SecurityLayer/NLA toggle as a check (reg add, Set-ItemProperty, wmic)', () => {
		for (const node of graph.nodes) {
			if (node.type !== 'question') continue;
			for (const command of node.check.commands)
				expect(command.code, node.id).not.toMatch(
					/reg (add|delete)|Set-ItemProperty|Remove-Item|Restart-Service|wmic/i,
				);
		}
	});
});

/**
 * The three content sources agree: every code a guide lists exists in the code tables, every
 * guide's cause exists in the knowledge graph, and every cause a code names is a graph cause.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocsPages } from '../lib/guides/docs-files';
import { loadRealGraph } from '../../support/real-graph';
import { CONTRACT_CAUSES } from '../../support/cause-ids';

const codeIds = new Set<string>();
const codeCauses: [string, string][] = [];
for (const file of readdirSync('src/content/codes').filter((f) => f.endsWith('.json'))) {
	const entries = JSON.parse(readFileSync(`src/content/codes/${file}`, 'utf8')) as {
		id: string;
		causes?: string[];
	}[];
	for (const entry of entries) {
		codeIds.add(entry.id);
		for (const cause of entry.causes ?? []) codeCauses.push([entry.id, cause]);
	}
}
const graphCauses = new Set(
	loadRealGraph()
		.nodes.filter((n) => n.type === 'cause')
		.map((n) => n.id),
);
const guides = readDocsPages().filter((p) => (p.frontmatter as { kind?: string }).kind === 'guide');

describe('cross-references between guides, codes and the graph', () => {
	it('reads the code tables and the guides', () => {
		expect(codeIds.size).toBeGreaterThan(200);
		expect(guides).toHaveLength(CONTRACT_CAUSES.length);
	});

	it.each(guides.map((g) => [g.id, g] as const))(
		'%s lists only codes that have a page',
		(_id, guide) => {
			const codes = (guide.frontmatter as { codes?: string[] }).codes ?? [];
			expect(codes.filter((c) => !codeIds.has(c))).toEqual([]);
		},
	);

	it.each(guides.map((g) => [g.id, g] as const))(
		'%s documents a cause of the knowledge graph',
		(_id, guide) => {
			expect(graphCauses).toContain((guide.frontmatter as { cause?: string }).cause);
		},
	);

	it('every cause a code names is a cause of the knowledge graph', () => {
		expect(codeCauses.filter(([, cause]) => !graphCauses.has(cause))).toEqual([]);
	});
});

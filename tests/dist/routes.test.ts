/**
 * Every guide says how each error's decision tree reaches it: for each error of the built tree
 * data and each cause an outcome of its tree names, the cause's guide links to that error's tree
 * (the home page for the home error, the error's page for the others) with a walk in `?tree=`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DIST, basePath } from './support/built-site';

interface Step {
	readonly id: string;
	readonly type: string;
	readonly cause?: string;
	readonly [edge: string]: unknown;
}
interface TreeFile {
	readonly tree: { readonly start: string; readonly nodes: readonly Step[] };
	readonly errors: readonly { readonly id: string; readonly start: string }[];
}

const data = JSON.parse(readFileSync(join(DIST, 'tree/data.json'), 'utf8')) as TreeFile;
const nodes = new Map(data.tree.nodes.map((n) => [n.id, n]));

/** The causes named by the outcomes reachable from `start` over answers and "did not fix it". */
function causesFrom(start: string): Set<string> {
	const seen = new Set([start]);
	const queue = [start];
	const causes = new Set<string>();
	for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
		const node = nodes.get(id);
		if (node?.cause !== undefined && node.type === 'outcome') causes.add(node.cause);
		for (const edge of ['yes', 'no', 'unsure', 'notFixed']) {
			const to = node?.[edge];
			if (typeof to === 'string' && !seen.has(to)) {
				queue.push(to);
				seen.add(to);
			}
		}
	}
	return causes;
}

it('every guide links to the tree of each error that reaches its cause, at that point', () => {
	const missing: string[] = [];
	let links = 0;
	for (const error of data.errors) {
		const page = error.start === data.tree.start ? '' : `errors/${error.id.replace(/^error-/, '')}/`;
		const href = `href="${basePath}${page}?tree=`;
		for (const cause of causesFrom(error.start)) {
			const html = readFileSync(join(DIST, 'guides', cause, 'index.html'), 'utf8');
			const box = /<details class="tree-routes[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
			if (box.includes(href)) links++;
			else missing.push(`${cause} <- ${error.id}`);
		}
	}
	expect(missing).toEqual([]);
	expect(links).toBeGreaterThan(data.errors.length);
});

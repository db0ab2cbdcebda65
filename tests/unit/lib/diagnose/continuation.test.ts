/**
 * "Continue in the tree" goes on in the tree of the error the paste shows (`?error=`), keeps the
 * answers already given, and the tree island reads that URL back (treeStateFromSearch); a name
 * or walk it cannot read resets the tree.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { continuationHref, givenIn } from '../../../../src/lib/diagnose/continuation.ts';
import { diagnose, indexDiagnoseData } from '../../../../src/lib/diagnose/diagnose.ts';
import { errorSummary, orderedErrors } from '../../../../src/lib/errors/errors.ts';
import { treeOfError, treeStateFromSearch } from '../../../../src/lib/tree/error-tree.ts';
import { indexTree, startingAt, toTreeData } from '../../../../src/lib/tree/tree-data.ts';
import { currentNode } from '../../../../src/lib/tree/walk.ts';
import type { CauseNode } from '../../../../src/schemas/graph.ts';
import { NOW, pasteFixture } from '../../../support/diagnose-index.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';

const graph = loadRealGraph();
const index = indexDiagnoseData({
	causes: graph.nodes.filter((n): n is CauseNode => n.type === 'cause'),
	tree: toTreeData(graph),
	errors: orderedErrors(graph.nodes, graph.start).map(errorSummary),
});
const corpus = (id: string): string => readFileSync(`tests/fixtures/corpus/${id}.txt`, 'utf8');
const errorOf = (id: string) => index.errors.find((e) => e.id === id)!;

/** Continues from `search` and reads the result back as the tree island does. */
function continueAndRead(text: string, search = '') {
	const d = diagnose(text, index, NOW);
	const href = continuationHref(index, d, '/', search);
	const state = treeStateFromSearch(index.tree, index.errors, href.slice(1));
	if (state.type !== 'ok') throw new Error(`the island cannot read ${href}`);
	return { d, href, state };
}

describe('Continue in the tree, for the error the paste shows', () => {
	it.each([
		['rdpwrapini-305-dialog-0x204', 'error-0x204', 'error=0x204'],
		['awsqs-12-gateway-permission', 'error-rd-gateway', 'error=rd-gateway'],
		['azuredocs-12613-credentials', 'error-credentials', 'error=credentials'],
	])('%s opens the tree of %s', (fixture, id, param) => {
		const { d, href, state } = continueAndRead(corpus(fixture));
		expect(d.treeError?.id).toBe(id);
		expect(href).toContain(param);
		expect(state.error?.id).toBe(id);
		expect(state.tree.data.start).toBe(errorOf(id).start);
		// The plan the paste box shows is the one the tree opens.
		expect(currentNode(state.tree, state.walk).id).toBe(d.plan.opens.id);
	});

	it('the permission-list dialog answers the first question of the RD Gateway tree', () => {
		const { state } = continueAndRead(corpus('awsqs-12-gateway-permission'));
		expect(state.walk.steps[0]).toEqual({ at: 'rd-gateway-message', move: 'yes' });
	});

	it('collector output stays in the home tree: it reads the host, not the dialog', () => {
		const text = readFileSync('tests/fixtures/collector/licensing.txt', 'utf8');
		const { d, href } = continueAndRead(text);
		// Its event 1069 is one of the licensing error's sentences, yet the person may see 0x904.
		expect(d.errors[0]?.error.id).toBe('error-rd-licensing');
		expect(d.treeError).toBeUndefined();
		expect(href).not.toContain('error=');
		expect(d.plan.opens.id).toBe('o-licensing');
	});

	it('the 0x904 / 0x7 dialog stays in the home tree, with no error in the URL', () => {
		const { d, href, state } = continueAndRead(pasteFixture('dialog-0x904.txt'));
		expect(d.treeError).toBeUndefined();
		expect(href).not.toContain('error=');
		expect(state.error).toBeUndefined();
	});

	it("keeps the answers already given in that error's tree", () => {
		const tree = treeOfError(index.tree, errorOf('error-0x204'));
		const first = currentNode(tree, { steps: [] });
		const given = `?error=0x204&tree=${first.id}_u`;
		const { state } = continueAndRead(corpus('rdpwrapini-305-dialog-0x204'), given);
		expect(state.walk.steps[0]).toEqual({ at: first.id, move: 'unsure' });
	});

	it('carries answers given in another tree to the questions both trees ask', () => {
		const home = index.tree;
		const later = indexTree(startingAt(home.data, 'port-open')!);
		expect(givenIn(later, home, '?tree=gateway_n.port-open_y').steps).toEqual([
			{ at: 'port-open', move: 'yes' },
		]);
		expect(givenIn(later, home, '?tree=gateway_n').steps).toEqual([]);
	});
});

describe('the tree state in the URL', () => {
	it.each([
		['an unknown error', '?error=0x999&tree=gateway_n'],
		['a damaged error', '?error=%3Cscript%3E'],
		["another tree's answers", '?error=0x204&tree=gateway_n'],
	])('resets on %s', (_what, search) => {
		expect(treeStateFromSearch(index.tree, index.errors, search).type).toBe('reset');
	});

	it("reads the page's own error as the page's tree", () => {
		const state = treeStateFromSearch(index.tree, index.errors, '?error=0x904-0x7&tree=gateway_n');
		expect(state).toMatchObject({
			type: 'ok',
			error: undefined,
			walk: { steps: [{ at: 'gateway' }] },
		});
	});
});

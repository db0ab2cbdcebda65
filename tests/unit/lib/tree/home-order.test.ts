/**
 * Issue 13: the home error's questions put the common causes and the cheap checks first. Counted
 * with the benchmark's measure (src/lib/tree/cause-depth.ts): the fewest questions from the 0x904
 * start to an outcome of each cause.
 */
import { describe, expect, it } from 'vitest';
import { reachableFrom } from '../../../../src/lib/graph/traverse.ts';
import { causeDepths } from '../../../../src/lib/tree/cause-depth.ts';
import { realErrorTrees } from '../../../support/error-trees.ts';

const trees = realErrorTrees();
const treeOf = (id: string) => {
	const found = trees.find((t) => t.error.id === id);
	if (found === undefined) throw new Error(`no error ${id} in the graph`);
	return found;
};

// The causes the host's own checks decide, after "does localhost work" says the host refuses.
const HOST_CHAIN = new Set([
	'certificate',
	'machinekeys',
	'tls-ciphers',
	'security-layer',
	'connection-limits',
	'licensing',
]);

describe('the 0x904 tree', () => {
	const { error, tree } = treeOf('error-0x904-0x7');
	const depths = causeDepths(tree, error.causes);
	const questions = (cause: string) => depths.find((d) => d.cause === cause)?.questions;

	it('asks about recent updates before the host logs: windows-updates within 5 questions', () => {
		expect(questions('windows-updates')).toBeLessThanOrEqual(5);
	});

	it('reaches security-layer, the fourth most common cause, within 8 questions', () => {
		expect(questions('security-layer')).toBeLessThanOrEqual(8);
	});

	it("checks the host's causes in the order of how common they are", () => {
		const chain = depths.filter((d) => HOST_CHAIN.has(d.cause));
		expect(chain.map((d) => d.cause)).toEqual([...HOST_CHAIN]); // errors.json lists them this way
		for (let i = 1; i < chain.length; i++)
			expect(chain[i]!.questions, chain[i]!.cause).toBeGreaterThanOrEqual(chain[i - 1]!.questions!);
	});
});

describe('the authentication errors', () => {
	// After "no recent update" they end; they never walk into the 0x904 host chain.
	it.each(['error-credssp-oracle', 'error-nla-lsa', 'error-credentials'])(
		'%s stays out of the host certificate, TLS and licensing checks',
		(id) => {
			const { error, tree } = treeOf(id);
			const reached = reachableFrom(tree.nodes, error.start, true);
			const host = ['cert-events', 'tls-events', 'security-settings', 'rdsh-role'];
			expect(host.filter((q) => reached.has(q))).toEqual([]);
		},
	);
});

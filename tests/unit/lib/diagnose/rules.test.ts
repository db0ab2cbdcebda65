import { describe, expect, it } from 'vitest';
import { ANSWER_RULES } from '../../../../src/lib/diagnose/answer-rules.ts';
import { clearlyAhead, combine } from '../../../../src/lib/diagnose/rank.ts';
import { settledStepsFromSearch, treeHref } from '../../../../src/lib/diagnose/tree-link.ts';
import { answerRuleSchema } from '../../../../src/schemas/answer-rule.ts';
import { signatureSchema } from '../../../../src/schemas/signature.ts';
import { walkFromSearch } from '../../../../src/lib/tree/url-state.ts';
import { currentNode } from '../../../../src/lib/tree/walk.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';
import { NOW, realDiagnoseIndex } from '../../../support/diagnose-index.ts';
import { diagnose } from '../../../../src/lib/diagnose/diagnose.ts';

const graph = loadRealGraph();
const signatureIds = new Set(
	graph.nodes.flatMap((n) => (n.type === 'cause' ? n.signatures.map((s) => s.id) : [])),
);
const questionIds = new Set(graph.nodes.filter((n) => n.type === 'question').map((n) => n.id));

describe('the answer rules', () => {
	it.each(
		ANSWER_RULES.map((rule) => ({
			rule,
			name: `${rule.when.type} ${rule.when.id} -> ${rule.question} ${rule.answer}`,
		})),
	)('$name names a real question and real evidence', ({ rule }) => {
		expect(answerRuleSchema.parse(rule)).toEqual(rule);
		expect(questionIds).toContain(rule.question);
		if (rule.when.type === 'signature') expect(signatureIds).toContain(rule.when.id);
	});

	it('never gives one piece of evidence two answers to the same question', () => {
		const seen = new Map<string, string>();
		for (const rule of ANSWER_RULES) {
			const key = `${rule.when.type}:${rule.when.id}:${rule.question}`;
			expect(seen.get(key) ?? rule.answer).toBe(rule.answer);
			seen.set(key, rule.answer);
		}
	});
});

describe('the gateway question, settled from the text', () => {
	const index = realDiagnoseIndex();
	const firstStep = (text: string) => diagnose(text, index, NOW).plan.steps[0];

	it.each([
		[
			'the permission-list dialog',
			"Remote Desktop can't connect to the remote computer for one of these reasons:\n1) Your user account is not listed in the RD Gateway's permission list",
		],
		[
			"a FreeRDP log with the gateway's error name",
			'[ERROR][com.freerdp.core.gateway.rdg] - channel response errorCode=E_PROXY_TS_CONNECTFAILED',
		],
	])('answers "through an RD Gateway?" yes for %s', (_, text) => {
		expect(firstStep(text)).toMatchObject({ at: 'gateway', move: 'yes', kind: 'evidence' });
	});
});

describe('signatures with dates', () => {
	it('every dateInPast signature parses and captures the date in group 1', () => {
		const dated = graph.nodes
			.flatMap((n) => (n.type === 'cause' ? n.signatures : []))
			.filter((s) => s.type === 'output' && s.dateInPast);
		expect(dated.length).toBeGreaterThan(0);
		for (const signature of dated) {
			expect(signatureSchema.parse(signature)).toBeTruthy();
			if (signature.type === 'output')
				expect(new RegExp(`${signature.pattern}|`).exec('')!.length).toBeGreaterThanOrEqual(2);
		}
	});
});

describe('ranking', () => {
	it.each([
		{ weights: [], score: 0 },
		{ weights: [0.6], score: 0.6 },
		{ weights: [0.6, 0.6], score: 0.84 },
		{ weights: [1, 0.2], score: 1 },
	])('combines $weights into $score', ({ weights, score }) => {
		expect(combine(weights)).toBeCloseTo(score, 10);
	});

	const ev = (...ids: string[]) =>
		ids.map((id) => ({ kind: 'signature', signature: { id } }) as never);
	const codeOnly = (...ids: string[]) =>
		ids.map((id) => ({ kind: 'code', signature: { id } }) as never);
	it.each([
		{
			first: { score: 0.9, evidence: ev('a') },
			second: undefined,
			clear: true,
			why: 'it stands alone above the bar',
		},
		{
			first: { score: 0.4, evidence: ev('a') },
			second: undefined,
			clear: false,
			why: 'it is below the bar',
		},
		{
			first: { score: 0.8, evidence: ev('a') },
			second: { score: 0.6, evidence: ev('a') },
			clear: false,
			why: 'the same evidence leads by only 0.2',
		},
		{
			first: { score: 0.8, evidence: ev('a') },
			second: { score: 0.4, evidence: ev('a') },
			clear: true,
			why: 'it leads by 0.4',
		},
		{
			first: { score: 0.96, evidence: ev('a', 'b') },
			second: { score: 0.8, evidence: ev('a') },
			clear: true,
			why: 'its own evidence leads by 0.16',
		},
		{
			first: { score: 0.9, evidence: codeOnly('a') },
			second: undefined,
			clear: false,
			why: 'it rests on codes alone, however high',
		},
	])('clear is $clear when $why', ({ first, second, clear }) => {
		expect(clearlyAhead(first, second)).toBe(clear);
	});
});

describe('the link into the tree', () => {
	const index = realDiagnoseIndex();
	const walk = {
		steps: [
			{ at: 'gateway', move: 'unsure' as const },
			{ at: 'port-open', move: 'no' as const },
		],
	};

	it("carries the walk in the tree's own parameter and the settled steps in paste=", () => {
		const href = treeHref('/', walk, [1]);
		expect(href).toBe('/?tree=gateway_u.port-open_n&paste=1');
		const search = href.slice(1);
		const decoded = walkFromSearch(index.tree, search);
		expect(decoded.type === 'ok' && currentNode(index.tree, decoded.walk).id).toBe('by-ip');
		expect([...settledStepsFromSearch(search, 2)]).toEqual([1]);
	});

	it('opens the start without parameters for an empty walk', () => {
		expect(treeHref('/docs/', { steps: [] }, [])).toBe('/docs/');
	});

	it.each([
		'?paste=<img src=x>',
		'?paste=1.9',
		'?paste=',
		'?paste=1..2',
		`?paste=${'1.'.repeat(200)}1`,
	])('reads %s as no settled steps', (search) => {
		expect(settledStepsFromSearch(search, 2).size).toBe(0);
	});
});

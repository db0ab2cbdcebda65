import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnoseDataOf } from '../../../../src/lib/diagnose/bundle.ts';
import { diagnose, indexDiagnoseData } from '../../../../src/lib/diagnose/diagnose.ts';
import { reachableFrom } from '../../../../src/lib/graph/edges.ts';
import {
	LOCALIZED_CLIENT_SENTENCES,
	twinId,
} from '../../../../src/lib/recognize/localized-sentences.ts';
import { treeBundle } from '../../../../src/lib/tree/tree-bundle.ts';
import type { ErrorNode, QuestionNode } from '../../../../src/schemas/graph.ts';
import { NOW } from '../../../support/diagnose-index.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';
import { index as codeIndex } from '../codes/data.ts';

// The faults a new-user trial found with real pastes (tests/fixtures/corpus/index.json names each source).
const graph = loadRealGraph();
const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
const errors = graph.nodes.filter((n): n is ErrorNode => n.type === 'error');
const index = indexDiagnoseData({ ...diagnoseDataOf(treeBundle(graph)), codes: codeIndex });
const DIR = 'tests/fixtures/corpus';
const corpus = (id: string): string => readFileSync(`${DIR}/${id}.txt`, 'utf8');
const run = (text: string) => diagnose(text, index, NOW);
const question = (id: string): QuestionNode => {
	const node = nodes.get(id);
	if (node?.type !== 'question') throw new Error(`${id} is not a question`);
	return node;
};

describe('a refused sign-in is a credentials error, not a CredSSP one', () => {
	it("FreeRDP's ERRCONNECT_LOGON_FAILURE names the credentials error and claims no CredSSP mention", () => {
		const d = run(corpus('freerdp-7975-logon-failure'));
		expect(d.errors.map((m) => m.error.id)).toEqual(['error-credentials']);
		expect(d.candidates[0]?.cause.id).toBe('client-side');
		expect(d.plan.steps.filter((s) => s.at === 'client-credssp')).toEqual([]);
	});

	it('never fills in an answer about what the error message says unless the paste says it', () => {
		const ids = (JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8')) as { id: string }[]).map(
			(e) => e.id,
		);
		for (const id of ids) {
			const assumed = run(corpus(id)).plan.steps.filter(
				(s) => s.kind === 'assumed' && question(s.at).check.where === 'dialog',
			);
			expect(
				assumed.map((s) => s.at),
				id,
			).toEqual([]);
		}
	});

	it('0x807: the 0x907 tree goes on where the paste ranks first (SSL_ERR_LOGON_FAILURE)', () => {
		const d = run(corpus('windowsserverdocs-1955-mac-0x807'));
		expect(d.codeFacts.map((c) => c.id)).toContain('disconnect/0x807');
		const next = question(question('0x907-code').yes);
		const outcome = nodes.get(next.yes);
		expect(outcome?.type === 'outcome' && outcome.cause).toBe(d.candidates[0]?.cause.id);
		// The code table and the paste agree on the causes of a refused sign-in, in order.
		const table = codeIndex.find((c) => c.id === 'disconnect/0x807');
		expect(d.candidates.map((c) => c.cause.id)).toEqual(table?.causes);
		expect(codeIndex.find((c) => c.id === 'freerdp/0x20014')?.causes).toEqual(table?.causes);
	});
});

describe('real messages the recognizer reads', () => {
	it.each([
		[
			'windowsserverdocs-4795-license-60-minutes',
			'license-problem-disconnect',
			'error-rd-licensing',
			'licensing',
		],
		['technet-event-1028-license-renew', 'rcm-1028-message', 'error-rd-licensing', 'licensing'],
		['azuredocs-12613-credentials', 'credentials-did-not-work', 'error-credentials', 'client-side'],
		[
			'rdpwrap-2000-zh-credentials',
			'credentials-did-not-work-zh',
			'error-credentials',
			'client-side',
		],
		['msrdpex-139-internal-error-0x0', 'internal-error', 'error-internal-error', undefined],
	])('%s: the sentence %s, the error %s, first cause %s', (id, sentence, error, cause) => {
		const d = run(corpus(id));
		expect(d.recognition.sentences.map((m) => m.sentence.id)).toContain(sentence);
		expect(d.errors[0]?.error.id).toBe(error);
		expect(d.candidates[0]?.cause.id).toBe(cause);
	});
});

describe('a localized sentence names the errors of its English twin', () => {
	it('the Chinese three-reasons dialog names 0x204, as the English one does', () => {
		expect(run(corpus('superrdp-33-zh-reasons')).errors[0]?.error.id).toBe('error-0x204');
	});

	it.each(LOCALIZED_CLIENT_SENTENCES.map((s) => [s.id, s] as const))('%s', (_, def) => {
		const listing = errors.filter((e) => e.sentences.includes(twinId(def.id)));
		const found = run(def.patterns[0]!.replace('…', ' ')).errors.map((m) => m.error.id);
		for (const e of listing) expect(found).toContain(e.id);
	});
});

describe('copy', () => {
	it("asks for evidence that fits every error reaching the unmatched leaf (no other error's codes)", () => {
		for (const error of errors) {
			const codes = new Set(error.codes.map((c) => c.split('/')[1]));
			for (const id of reachableFrom(nodes, error.start, true)) {
				const node = nodes.get(id);
				if (node?.type !== 'unmatched') continue;
				for (const item of node.collect)
					for (const hex of item.what.match(/0x[0-9a-f]+/gi) ?? [])
						expect(codes.has(hex.toLowerCase()), `${error.id}: ${item.what}`).toBe(true);
			}
		}
	});

	it('the credentials question shows the Microsoft-account form; the nla-lsa one names no "authority"', () => {
		expect(question('credentials-typed-fresh').text).toContain(
			'MicrosoftAccount\\name@example.com',
		);
		expect(question('nla-lsa-user-name').text).not.toMatch(/authority/i);
	});
});

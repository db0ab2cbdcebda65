import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/lib/diagnose/diagnose.ts';
import { remainingQuestions } from '../../../../src/lib/collector/remaining.ts';
import { loadHomeGraph } from '../../../support/real-graph.ts';
import { NOW, realDiagnoseIndex } from '../../../support/diagnose-index.ts';
import { collectorFixture, collectorFixtures } from '../../../support/collector.ts';

const index = realDiagnoseIndex();
const fixtures = collectorFixtures();
const causeIds = loadHomeGraph()
	.nodes.filter((n) => n.type === 'cause')
	.map((n) => n.id);

describe('collector fixtures', () => {
	it('cover every cause of the home tree once, plus a healthy host', () => {
		expect(
			fixtures
				.map((f) => f.cause)
				.filter((c) => c !== null)
				.sort(),
		).toEqual([...causeIds].sort());
		expect(fixtures.filter((f) => f.cause === null)).toHaveLength(1);
	});

	it.each(fixtures)('$file leads to $opens with every line read', ({ file, opens, cause }) => {
		const d = diagnose(collectorFixture(file), index, NOW);
		expect(d.collector?.type).toBe('read');
		if (d.collector?.type !== 'read') return;
		expect(d.collector.complete).toBe(true);
		expect(d.collector.unread).toEqual([]);
		expect(d.settlement.conflicts).toEqual([]);
		expect(d.plan.opens.id).toBe(opens);
		const node = index.tree.nodes.get(opens);
		expect(node?.type === 'outcome' ? node.cause : null).toBe(cause);
		// Every settled answer on the walk is the one the collector's evidence gives.
		for (const step of d.plan.steps.filter((s) => s.kind === 'evidence'))
			expect(d.settlement.answers.get(step.at)?.answer).toBe(step.move);
		// A strong signature winner never contradicts where the tree ends.
		if (d.clear && cause !== null) expect(d.candidates[0]?.cause.id).toBe(cause);
	});

	it.each(fixtures.filter((f) => f.file !== 'client-side.txt'))(
		'$file leaves no question a person must answer',
		({ file }) => {
			const d = diagnose(collectorFixture(file), index, NOW);
			expect(remainingQuestions(d.plan).filter((r) => r.kind === 'assumed')).toEqual([]);
		},
	);

	it('a client run leaves only "can another computer connect" to a person', () => {
		const d = diagnose(collectorFixture('client-side.txt'), index, NOW);
		const left = remainingQuestions(d.plan).filter((r) => r.kind === 'assumed');
		expect(left.map((r) => r.question)).toEqual(['other-client']);
	});

	it('answers the host questions of the certificate walk from the output', () => {
		const d = diagnose(collectorFixture('certificate.txt'), index, NOW);
		const settled = d.plan.steps
			.filter((s) => s.kind === 'evidence')
			.map((s) => `${s.at}=${s.move}`);
		expect(settled).toEqual([
			'port-open=yes',
			'other-client=no',
			'recent-update=no',
			'cert-events=yes',
		]);
		expect(remainingQuestions(d.plan).map((r) => r.question)).toEqual([
			'gateway',
			'localhost',
			'machinekeys-acl',
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { diagnose, targetsOf } from '../../../../src/lib/diagnose/diagnose.ts';
import {
	continueFrom,
	pasteMarks,
	withoutPasteParam,
} from '../../../../src/lib/diagnose/tree-link';
import { START, type Walk } from '../../../../src/lib/tree/walk.ts';
import { NOW, pasteFixture, realDiagnoseIndex } from '../../../support/diagnose-index.ts';

describe('pasteMarks', () => {
	const origin = {
		walk: {
			steps: [
				{ at: 'a', move: 'yes' as const },
				{ at: 'b', move: 'no' as const },
				{ at: 'c', move: 'yes' as const },
			],
		},
		settled: new Set([0, 2]),
	};

	it('marks the settled steps while the walk still follows the paste', () => {
		expect(pasteMarks(origin, origin.walk)).toEqual(new Set([0, 2]));
		expect(pasteMarks(origin, { steps: [...origin.walk.steps, { at: 'd', move: 'no' }] })).toEqual(
			new Set([0, 2]),
		);
	});

	it('stops marking from the first answer the person changed', () => {
		expect(
			pasteMarks(origin, { steps: [origin.walk.steps[0]!, { at: 'b', move: 'yes' }] }),
		).toEqual(new Set([0]));
		expect(pasteMarks(origin, { steps: [{ at: 'a', move: 'no' }] })).toEqual(new Set());
	});

	it('marks nothing without a paste', () => {
		expect(pasteMarks(undefined, origin.walk)).toEqual(new Set());
	});
});

describe('withoutPasteParam', () => {
	it.each([
		['?tree=a_y&paste=0', '?tree=a_y'],
		['?paste=0', ''],
		['?tree=a_y', '?tree=a_y'],
		['', ''],
	])('%j becomes %j', (search, expected) => {
		expect(withoutPasteParam(search)).toBe(expected);
	});
});

describe('continueFrom', () => {
	const index = realDiagnoseIndex();
	const d = diagnose(pasteFixture('schannel-36874-event-viewer.txt'), index, NOW);
	const targets = targetsOf(d.candidates, d.clear);
	const go = (given: Walk) => continueFrom(index.tree, given, d.settlement.answers, targets);

	it("is the paste's own plan when no answer was given in the tree", () => {
		expect(go(START)).toEqual({
			walk: d.plan.walk,
			settledSteps: d.plan.steps.flatMap((s, i) => (s.kind === 'evidence' ? [i] : [])),
		});
	});

	it('keeps every answer already given and fills only the questions after them', () => {
		const given: Walk = { steps: [{ at: 'gateway', move: 'no' }] };
		const { walk, settledSteps } = go(given);
		expect(walk.steps[0]).toEqual({ at: 'gateway', move: 'no' });
		expect(walk.steps.length).toBeGreaterThan(1);
		// The paste settles "port-open" yes (event 36874): it fills that open question.
		expect(walk.steps[1]).toEqual({ at: 'port-open', move: 'yes' });
		expect(settledSteps).toContain(1);
		expect(settledSteps).not.toContain(0);
	});

	it('never replaces an answer with "Not sure", even one the paste contradicts', () => {
		const given: Walk = {
			steps: [
				{ at: 'gateway', move: 'no' },
				{ at: 'port-open', move: 'no' },
			],
		};
		expect(go(given).walk.steps.slice(0, 2)).toEqual(given.steps);
	});
});

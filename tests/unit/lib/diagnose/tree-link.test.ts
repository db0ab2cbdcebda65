import { describe, expect, it } from 'vitest';
import { pasteMarks, withoutPasteParam } from '../../../../src/lib/diagnose/tree-link';

describe('pasteMarks', () => {
	const origin = {
		walk: { steps: [{ at: 'a', move: 'yes' as const }, { at: 'b', move: 'no' as const }, { at: 'c', move: 'yes' as const }] },
		settled: new Set([0, 2]),
	};

	it('marks the settled steps while the walk still follows the paste', () => {
		expect(pasteMarks(origin, origin.walk)).toEqual(new Set([0, 2]));
		expect(pasteMarks(origin, { steps: [...origin.walk.steps, { at: 'd', move: 'no' }] })).toEqual(new Set([0, 2]));
	});

	it('stops marking from the first answer the person changed', () => {
		expect(pasteMarks(origin, { steps: [origin.walk.steps[0]!, { at: 'b', move: 'yes' }] })).toEqual(new Set([0]));
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

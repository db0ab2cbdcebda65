import { describe, expect, it } from 'vitest';
import {
	CODE_META_WEIGHTS,
	ERROR_EDGE,
	errorMetaKey,
	META_WEIGHTS,
	TITLE_WEIGHT,
} from '../../../../src/lib/search/meta-weights.ts';
import { FAMILY_ORDER } from '../../../../src/lib/codes/spellings.ts';

describe('search metadata weights', () => {
	it('weighs the dialog tables first, in the order a person reads them', () => {
		const weights = FAMILY_ORDER.map((f) => META_WEIGHTS[`${f}_code`]!);
		expect(weights).toEqual([...weights].sort((a, b) => b - a));
		expect(META_WEIGHTS['unlisted_code']).toBeLessThan(Math.min(...weights));
	});

	it("puts an error page's own number just above its code page, title included", () => {
		for (const f of FAMILY_ORDER) {
			const codePage = CODE_META_WEIGHTS[f] + TITLE_WEIGHT;
			// Both titles show the number, or neither does.
			expect(META_WEIGHTS[errorMetaKey(f, 'same')]! + TITLE_WEIGHT).toBe(codePage + ERROR_EDGE);
			// Only the code page's title shows it.
			expect(META_WEIGHTS[errorMetaKey(f, 'code')]).toBe(codePage + ERROR_EDGE);
		}
		// Less than the gap between two tables, so a number's own table still decides first.
		expect(ERROR_EDGE).toBeLessThanOrEqual(
			CODE_META_WEIGHTS.disconnect - CODE_META_WEIGHTS.extended,
		);
	});
});

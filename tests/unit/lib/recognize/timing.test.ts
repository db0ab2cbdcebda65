import { describe, expect, it } from 'vitest';
import { recognize } from '../../../../src/lib/recognize/recognize.ts';
import { realCodeTables } from './code-tables.ts';

// Each of the recognizer's regexes is timed alone in tests/unit/lib/diagnose/regex-linearity.test.ts.
describe('the recognizer stays linear on hostile input', () => {
	it('recognizes 1 MB of hostile text in well under a few seconds', () => {
		const codes = realCodeTables().index;
		for (const fragment of ['Error code: 0x', 'ERRCONNECT_', 'Event ID: 1\n', ' \u2028']) {
			const text = fragment.repeat(Math.ceil(1_000_000 / fragment.length));
			const start = performance.now();
			recognize(text, { codes });
			expect(performance.now() - start, JSON.stringify(fragment)).toBeLessThan(5000);
		}
	}, 60_000);
});

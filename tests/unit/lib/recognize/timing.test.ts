import { describe, expect, it } from 'vitest';
import { recognize } from '../../../../src/lib/recognize/recognize.ts';
import { RECOGNIZER_PATTERNS } from '../../../../src/lib/recognize/patterns.ts';
import { realCodeTables } from './code-tables.ts';

// Fragments that come close to matching many patterns; repeated, they are the classic inputs on
// which a regex with nested or unbounded overlapping quantifiers goes quadratic or worse.
const FRAGMENTS = [
	' ',
	'a',
	'0',
	'0x',
	'0x0',
	':',
	'<',
	'[',
	'Error code: ',
	'error code 0x',
	'reason code ',
	'Reason= ',
	'failureCode = ',
	'ERRCONNECT_',
	'[com.freerdp.',
	'<Provider Name="',
	'<TimeCreated ',
	'Event[1',
	'Remote Desktop Connection ',
	'Log Name:',
	'é',
];

/** Runs one regex over the whole text as a global scan; returns the milliseconds taken. */
function scan(pattern: RegExp, text: string): number {
	const flags = pattern.flags.replace('y', '');
	const global = new RegExp(pattern.source, flags.includes('g') ? flags : `${flags}g`);
	const start = performance.now();
	let found = 0;
	for (let m = global.exec(text); m !== null && found < 1_000_000; m = global.exec(text)) {
		found++;
		if (m[0] === '') global.lastIndex++;
	}
	return performance.now() - start;
}

describe('the recognizer stays linear on hostile input', () => {
	it('lists its regexes: codes, events, event XML and clients', () => {
		expect(RECOGNIZER_PATTERNS.length).toBeGreaterThanOrEqual(20);
	});

	it.each(RECOGNIZER_PATTERNS.map((p, i) => ({ i, p: p.source.slice(0, 60) })))(
		'regex $i (/$p…/) grows linearly',
		({ i }) => {
			const pattern = RECOGNIZER_PATTERNS[i]!;
			// The fastest of five runs: the machine is shared, and one slow run is noise, not growth.
			const best = (text: string): number =>
				Math.min(...[0, 1, 2, 3, 4].map(() => scan(pattern, text)));
			for (const fragment of FRAGMENTS) {
				const small = fragment.repeat(Math.ceil(50_000 / fragment.length));
				const large = fragment.repeat(Math.ceil(200_000 / fragment.length));
				const a = best(small);
				const b = best(large);
				// Four times the text: linear is 4x, quadratic 16x; 12x leaves room for timer noise.
				const label = `fragment ${JSON.stringify(fragment)}: ${a.toFixed(1)} ms, then ${b.toFixed(1)} ms`;
				expect(b / Math.max(a, 10), label).toBeLessThan(12);
				expect(b, label).toBeLessThan(1500);
			}
		},
		30_000,
	);

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

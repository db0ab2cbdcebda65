import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/lib/diagnose/diagnose.ts';
import { NOW, pasteFixture, realDiagnoseIndex } from '../../../support/diagnose-index.ts';

// Bytes are not time: this only checks that the matcher grows roughly linearly. The timing
// figures themselves come from `npm run bench` (bench/tasks/paste.mjs).
const index = realDiagnoseIndex();
const corpus = readdirSync('tests/fixtures/paste').map(pasteFixture).join('\n');

function pasteOf(size: number, unit = corpus): string {
	return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function medianMs(text: string): number {
	const times: number[] = [];
	for (let i = 0; i < 5; i++) {
		const start = performance.now();
		diagnose(text, index, NOW);
		times.push(performance.now() - start);
	}
	return times.sort((a, b) => a - b)[2]!;
}

describe('matcher cost', () => {
	it('grows roughly linearly from 100 KB to 800 KB of realistic paste', () => {
		diagnose(pasteOf(50_000), index, NOW); // warm up the JIT
		const small = medianMs(pasteOf(100_000));
		const large = medianMs(pasteOf(800_000));
		// 8 times the input; allow 4x slack on top for noise and GC, far below quadratic (64x).
		expect(large / Math.max(small, 1)).toBeLessThan(32);
		// Eleven diagnoses of up to 800 KB: more than Vitest's default 5 s on a loaded machine.
	}, 30_000);

	it.each([
		{ name: 'one 1 MB line of spaces', text: ' '.repeat(1_000_000) },
		{ name: 'unclosed <Event tags', text: '<Event '.repeat(150_000) },
		{ name: 'a 1 MB line that almost matches every pattern', text: 'NotAfter : '.repeat(100_000) },
		{ name: 'many header keys', text: 'Event ID: 1\nSource: x\n'.repeat(50_000) },
		// Line separators inside a capped line gave `^\s*` under the m flag 2,000 starts per line
		// (20 kB blocked the page for seconds). 100 kB: that is 100,000 lines of per-line work.
		{ name: 'runs of U+2028', text: `${'\u2028'.repeat(1998)}x\n`.repeat(50) },
		{ name: 'runs of U+2028 and spaces', text: `${'\u2028 '.repeat(999)}x\n`.repeat(50) },
		{ name: 'a run of < in an event body', text: `<Event><System></System>${'<'.repeat(19_000)}` },
		{ name: 'trailing backslashes of a key', text: `HKLM\\${'\\'.repeat(1990)}x\n`.repeat(500) },
	])('finishes quickly on hostile input: $name', ({ text }) => {
		const start = performance.now();
		diagnose(text, index, NOW);
		expect(performance.now() - start).toBeLessThan(3000);
	});
});

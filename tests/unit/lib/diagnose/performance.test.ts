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
	])('finishes quickly on hostile input: $name', ({ text }) => {
		const start = performance.now();
		diagnose(text, index, NOW);
		expect(performance.now() - start).toBeLessThan(3000);
	});
});

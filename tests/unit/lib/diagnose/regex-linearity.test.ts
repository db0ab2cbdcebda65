import { describe, expect, it } from 'vitest';
import { libRegexes, signatureRegexes, type Inventoried } from './regex-inventory.ts';
import { samplePrefixes } from './regex-sample.ts';

/*
 * Every regex that reads a paste must run in time linear in its input: a backtracking pattern
 * such as `^\s*x` under the m flag takes seconds on 20 kB of U+2028. Each regex is timed on
 * crafted worst cases (long runs of U+2028, spaces, tabs, `<`, backslashes; and text that follows
 * the pattern part of the way, then runs long) at four sizes, x4 each, up to 200 kB. It fails
 * when a size costs more than a per-character budget that is 50 times a linear scan and that a
 * quadratic pattern exceeds (0.1-0.6 s at 3 kB for the old patterns; a growth test comparing n and
 * 4n flagged linear patterns on cache effects here). The smallest size comes first, so a
 * quadratic pattern fails in a fraction of a second instead of running for minutes.
 */

const SIZES = [3_125, 12_500, 50_000, 200_000];
/** Budget per input character, with a floor for timer noise and a JIT pause (a linear scan takes ~20 ns). */
const NS_PER_CHAR = 1_000;
const FLOOR_MS = 3;

const LS = '\u2028';

/** Inputs every regex is tried on: runs of the characters that make backtracking patterns slow. */
const GENERIC: readonly ((n: number) => string)[] = [
	(n) => `${LS.repeat(n)}x`,
	(n) => `${'\u2029'.repeat(n)}x`,
	(n) => `${' '.repeat(n)}x`,
	(n) => `${'\t'.repeat(n)}x`,
	(n) => `${`${LS} `.repeat(n / 2)}x`,
	(n) => `${`${LS}\n`.repeat(n / 2)}x`,
	(n) => `<${'‹'.repeat(n)}`,
	(n) => '<'.repeat(n),
	(n) => `${'\\'.repeat(n)}x`,
	(n) => `${'0'.repeat(n)}x`,
	(n) => `${'a'.repeat(n)}!`,
	(n) => `${'a '.repeat(n / 2)}!`,
];

/** Most sample prefixes tried per regex (spread over the pattern). */
const MAX_PREFIXES = 8;

/** Inputs that follow the pattern part of the way, then run long: near misses and repeats. */
function prefixInputs(source: string): ((n: number) => string)[] {
	const all = samplePrefixes(source);
	const step = Math.max(1, Math.ceil(all.length / MAX_PREFIXES));
	const prefixes = all.filter((_, i) => i % step === 0 || i === all.length - 1);
	return prefixes.flatMap((p): ((n: number) => string)[] => [
		(n) => p.repeat(Math.ceil(n / p.length)),
		...[' ', LS, 'a'].map((c) => (n: number) => `${p}${c.repeat(n)}!${LS}!`),
	]);
}

/** Scans the whole input, as replace, split and a failing exec do. */
function scanAll(regex: RegExp): (input: string) => void {
	const flags = regex.flags.replace('y', '');
	const global = new RegExp(regex.source, flags.includes('g') ? flags : `${flags}g`);
	return (input) => {
		global.lastIndex = 0;
		input.replace(global, '');
	};
}

function bestOf3(run: (input: string) => void, input: string): number {
	let best = Infinity;
	for (let i = 0; i < 3; i++) {
		const start = performance.now();
		run(input);
		best = Math.min(best, performance.now() - start);
	}
	return best;
}

/** The first size at which the regex is too slow on the input, or undefined. */
function slowAt(regex: RegExp, make: (n: number) => string): string | undefined {
	const run = scanAll(regex);
	run(make(100)); // compile and warm up
	for (const n of SIZES) {
		const input = make(n);
		const ms = bestOf3(run, input);
		const budget = FLOOR_MS + (input.length * NS_PER_CHAR) / 1e6;
		const shown = JSON.stringify(input.slice(0, 24));
		if (ms > budget)
			return `${ms.toFixed(1)} ms on ${input.length} chars (${shown}…), budget ${budget.toFixed(1)} ms`;
	}
	return undefined;
}

function slowCases({ regex }: Inventoried): string[] {
	const inputs = [...GENERIC, ...prefixInputs(regex.source)];
	return inputs.flatMap((make) => slowAt(regex, make) ?? []);
}

describe('the regexes that read a paste run in linear time', () => {
	const lib = libRegexes();
	const signatures = signatureRegexes();

	it('finds the regexes of the paste readers and of the graph (the inventory is not empty)', () => {
		expect(lib.length).toBeGreaterThan(20);
		expect(signatures.length).toBeGreaterThan(5);
	});

	it('walks a pattern part of the way to build near misses', () => {
		expect(samplePrefixes(String.raw`^(\d{1,2})([./-])(\d{1,2})\2(\d{4})\s*(.*)$`)).toEqual([
			'1',
			'1.',
			'1.1',
			'1.1.',
			'1.1.1111',
			'1.1.1111 ',
			'1.1.1111 a',
		]);
	});

	it.each([...lib, ...signatures].map((r) => ({ where: r.where, r })))('$where', ({ r }) => {
		expect(slowCases(r)).toEqual([]);
	});
});

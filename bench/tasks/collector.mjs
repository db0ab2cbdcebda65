// Collector: for each collector fixture (tests/fixtures/collector/, one per cause plus a healthy
// host), how many questions of the walk the output answers, how many take "Not sure" because the
// collector cannot see them, and how many a person must still answer (assumed steps, or a walk
// that stops at a question). Target: 0 left for a person wherever the collector can see the cause.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../src/lib/diagnose/diagnose.ts';
import { remainingQuestions } from '../../src/lib/collector/remaining.ts';
import { loadIndex } from './paste.mjs';

const RUNS = 7;
const NOW = new Date('2026-11-22T00:00:00Z');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run(ctx) {
	const index = loadIndex(ctx.root);
	const dir = join(ctx.root, 'tests/fixtures/collector');
	const { fixtures } = JSON.parse(readFileSync(join(dir, 'fixtures.json'), 'utf8'));
	const figures = [];
	const left = [];
	for (const f of fixtures) {
		const text = readFileSync(join(dir, f.file), 'utf8');
		const times = [];
		let d;
		for (let i = 0; i < RUNS; i++) {
			const started = performance.now();
			d = diagnose(text, index, NOW);
			times.push(performance.now() - started);
		}
		const remaining = remainingQuestions(d.plan);
		const person = remaining.filter((r) => r.kind === 'assumed');
		const settled = d.plan.steps.filter((s) => s.kind === 'evidence').length;
		const reached = d.plan.opens.id === f.opens;
		left.push(person.length);
		figures.push({
			name: `${f.cause ?? 'healthy host'}: questions left for a person`,
			value: reached ? person.length : Number.NaN,
			unit: 'questions',
			target: f.cause === 'client-side' ? undefined : 0,
			note: `${settled} answered from the output, ${remaining.length - person.length} Not sure (${remaining
				.filter((r) => r.kind === 'unknown')
				.map((r) => r.question)
				.join(
					', ',
				)}); ${reached ? `opens at ${f.opens}` : `MISSED ${f.opens}`}, ${median(times).toFixed(1)} ms${person.length > 0 || /cannot|outside|not visible|only/.test(f.note) ? `. ${f.note}` : ''}`,
		});
	}
	figures.unshift({
		name: 'average questions left for a person per collector paste',
		value: Number((left.reduce((a, b) => a + b, 0) / left.length).toFixed(2)),
		unit: 'questions',
		note: `${fixtures.length} fixtures; the only one above 0 is the client run, where "can another computer connect?" is not visible from one computer`,
	});
	return { title: 'Collector output: questions it leaves', figures };
}

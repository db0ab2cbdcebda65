// The labelled corpus of real pastes (tests/fixtures/corpus/, sidecar index.json): the paste box's
// diagnosis for each, scored against the cause its thread or Microsoft established. An entry
// whose expected cause is `none` is right when the diagnosis claims no cause (not "clear");
// one with a cause is right when that cause ranks first. A wrong cause given with strong
// confidence (or as the clear winner) is counted apart: it must stay at zero. The unit test
// tests/unit/lib/recognize/real-corpus.test.ts asserts the same figures through scoreCorpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose, indexDiagnoseData } from '../../src/lib/diagnose/diagnose.ts';
import { errorSummary, orderedErrors } from '../../src/lib/errors/errors.ts';
import { mergeGraphParts } from '../../src/lib/graph/merge.ts';
import { toTreeData } from '../../src/lib/tree/tree-data.ts';
import { graphPartSchema } from '../../src/schemas/graph.ts';

/** The fixed "now" of the scoring, as in the unit tests (certificate dates depend on it). */
const NOW = new Date('2026-11-22T00:00:00Z');

function readJson(path) {
	return JSON.parse(readFileSync(path, 'utf8'));
}

/** The diagnosis index over the real graph and code tables, as the island builds it. */
export function corpusIndex(root) {
	const dir = join(root, 'src/content/graph');
	const parts = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => ({
			id: f.replace(/\.json$/, ''),
			data: graphPartSchema.parse(readJson(join(dir, f))),
		}));
	const { graph } = mergeGraphParts(parts);
	const codesDir = join(root, 'src/content/codes');
	const entries = readdirSync(codesDir)
		.filter((f) => f.endsWith('.json'))
		.flatMap((f) => readJson(join(codesDir, f)))
		// As the decoder index serves them: names as strings, causes only where there are some.
		.map((e) => ({
			...e,
			names: e.names.map((n) => n.value),
			causes: e.causes.length > 0 ? e.causes : undefined,
		}));
	const data = {
		causes: graph.nodes.filter((n) => n.type === 'cause'),
		tree: toTreeData(graph),
		codes: entries,
		errors: orderedErrors(graph.nodes, graph.start).map(errorSummary),
	};
	return indexDiagnoseData(data);
}

/** Scores every corpus entry; `rows` say per entry what was expected and what came out. */
export function scoreCorpus(root, index = corpusIndex(root)) {
	const dir = join(root, 'tests/fixtures/corpus');
	const entries = readJson(join(dir, 'index.json'));
	const rows = entries.map((entry) => {
		const text = readFileSync(join(dir, `${entry.id}.txt`), 'utf8');
		const d = diagnose(text, index, NOW);
		const top = d.candidates[0];
		const got = top?.cause.id ?? null;
		const claims = top !== undefined && (d.clear || top.confidence === 'strong');
		const correct = entry.expectedCause === 'none' ? !d.clear : got === entry.expectedCause;
		const wrongStrong = claims && got !== entry.expectedCause;
		const ids = new Set(d.candidates.map((c) => c.cause.id));
		const codes = new Set(d.codeFacts.map((c) => c.id));
		return {
			id: entry.id,
			expected: entry.expectedCause,
			got,
			clear: d.clear,
			confidence: top?.confidence ?? null,
			correct,
			wrongStrong,
			noAnswer: top === undefined,
			missingCandidates: (entry.expectCandidates ?? []).filter((c) => !ids.has(c)),
			missingCodes: (entry.expectCodes ?? []).filter((c) => !codes.has(c)),
			// The error the paste names first (an error node id), or 'none'.
			error: d.errors[0]?.error.id ?? 'none',
			wrongError:
				entry.expectError !== undefined && entry.expectError !== (d.errors[0]?.error.id ?? 'none'),
			client: d.recognition.client ?? null,
			language: entry.language,
		};
	});
	const share = (n) => n / rows.length;
	const named = rows.filter((r) => r.expected !== 'none');
	return {
		rows,
		total: rows.length,
		accuracy: share(rows.filter((r) => r.correct).length),
		namedAccuracy: named.filter((r) => r.correct).length / Math.max(1, named.length),
		named: named.length,
		noAnswer: share(rows.filter((r) => r.noAnswer).length),
		wrongStrong: rows.filter((r) => r.wrongStrong).length,
	};
}

export async function run(ctx) {
	const score = scoreCorpus(ctx.root);
	const pct = (x) => Number((x * 100).toFixed(1));
	return {
		title: 'Paste corpus: real inputs from public threads',
		figures: [
			{
				name: 'entries',
				value: score.total,
				unit: '',
				note: `${score.named} with a named cause`,
			},
			{
				name: 'top-1 accuracy',
				value: pct(score.accuracy),
				unit: '%',
				target: '≥ 90',
			},
			{
				name: 'top-1 accuracy, entries with a named cause',
				value: pct(score.namedAccuracy),
				unit: '%',
			},
			{
				name: 'no answer (no candidate at all)',
				value: pct(score.noAnswer),
				unit: '%',
			},
			{
				name: 'wrong cause with strong confidence',
				value: score.wrongStrong,
				unit: '',
				target: '0',
			},
		],
	};
}

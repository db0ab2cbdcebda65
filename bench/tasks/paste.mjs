// Paste to diagnose: matcher time in Node for 10 KB, 100 KB and 1 MB of realistic paste (the
// fixture corpus repeated), the island's JavaScript gzipped, and in Chromium the time from
// pressing Diagnose on a 1 MB paste to the results and the longest main-thread block meanwhile.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { diagnose, indexDiagnoseData } from '../../src/lib/diagnose/diagnose.ts';
import { mergeGraphParts } from '../../src/lib/graph/merge.ts';
import { toTreeData } from '../../src/lib/tree/tree-data.ts';
import { graphPartSchema } from '../../src/schemas/graph.ts';

const RUNS = 7;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The matcher index over the graph in src/content/graph (also used by collector.mjs). */
export function loadIndex(root) {
	const dir = join(root, 'src/content/graph');
	const parts = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => ({
			id: f.replace(/\.json$/, ''),
			data: graphPartSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))),
		}));
	const { graph } = mergeGraphParts(parts);
	return indexDiagnoseData({
		causes: graph.nodes.filter((n) => n.type === 'cause'),
		tree: toTreeData(graph),
	});
}

function corpusOf(root, size) {
	const dir = join(root, 'tests/fixtures/paste');
	const unit = readdirSync(dir)
		.sort()
		.map((f) => readFileSync(join(dir, f), 'utf8'))
		.join('\n');
	return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function islandBytes(root) {
	const assets = join(root, 'dist/_astro');
	const gz = (f) => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;
	const files = readdirSync(assets);
	const island = files.filter((f) => /^PasteDiagnose\..*\.js$/.test(f));
	const worker = files.filter((f) => /^diagnose\.worker-.*\.js$/.test(f));
	const runtime = files.filter((f) => /^(preact\.module|hooks\.module|client)\..*\.js$/.test(f));
	return {
		island: island.reduce((s, f) => s + gz(f), 0),
		worker: worker.reduce((s, f) => s + gz(f), 0),
		runtime: runtime.reduce((s, f) => s + gz(f), 0),
		found: island.length,
	};
}

async function browserFigures(ctx, text) {
	const browser = await chromium.launch({
		executablePath: ctx.chromiumPath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
	try {
		const total = [];
		const blocked = [];
		for (let i = 0; i < 3; i++) {
			const page = await browser.newPage();
			await page.goto(ctx.baseURL);
			// A CSS locator: Playwright's label lookup reads the 1 MB value and would skew the figure.
			const input = page.locator('#pd-input');
			await input.scrollIntoViewIfNeeded();
			const button = page
				.getByRole('region', { name: 'Diagnose from pasted text' })
				.getByRole('button', { name: 'Diagnose' });
			await button.waitFor();
			await input.evaluate((el, value) => {
				el.value = value;
				el.dispatchEvent(new Event('input', { bubbles: true }));
			}, text);
			await page.waitForTimeout(500);
			await page.evaluate(() => {
				window.__longest = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries())
						window.__longest = Math.max(window.__longest, entry.duration);
				}).observe({ type: 'longtask' });
			});
			const started = Date.now();
			await button.click();
			await page.locator('.pd-results-title').waitFor({ timeout: 20_000 });
			total.push(Date.now() - started);
			await page.waitForTimeout(300);
			blocked.push(await page.evaluate(() => window.__longest));
			await page.close();
		}
		return { total: median(total), blocked: Math.round(median(blocked)) };
	} finally {
		await browser.close();
	}
}

export async function run(ctx) {
	const index = loadIndex(ctx.root);
	const now = new Date();
	const figures = [];
	diagnose(corpusOf(ctx.root, 200_000), index, now); // warm up the JIT
	for (const [label, size] of [
		['10 KB', 10_000],
		['100 KB', 100_000],
		['1 MB', 1_000_000],
	]) {
		const text = corpusOf(ctx.root, size);
		const times = [];
		for (let i = 0; i < RUNS; i++) {
			const started = performance.now();
			diagnose(text, index, now);
			times.push(performance.now() - started);
		}
		figures.push({
			name: `matcher, ${label} paste (Node)`,
			value: Number(median(times).toFixed(1)),
			unit: 'ms',
			note: `median of ${RUNS}`,
		});
	}
	const bytes = islandBytes(ctx.root);
	figures.push({
		name: 'island JS (PasteDiagnose chunk)',
		value: bytes.island,
		unit: 'B gz',
		note: bytes.found === 1 ? 'own code and src/lib/diagnose' : `${bytes.found} chunks found`,
	});
	figures.push({
		name: 'matcher worker JS (loaded on the first long paste)',
		value: bytes.worker,
		unit: 'B gz',
	});
	figures.push({
		name: 'Preact runtime shared with other islands',
		value: bytes.runtime,
		unit: 'B gz',
	});
	const browser = await browserFigures(ctx, corpusOf(ctx.root, 1_000_000));
	figures.push(
		{
			name: '1 MB paste in Chromium: Diagnose to results',
			value: browser.total,
			unit: 'ms',
			target: '< 2000',
			note: 'median of 3; the matcher runs in a worker',
		},
		{
			name: '1 MB paste in Chromium: longest main-thread block',
			value: browser.blocked,
			unit: 'ms',
			target: '< 200',
			note: 'longest long task from the click to the results',
		},
	);
	return { title: 'Paste to diagnose', figures };
}

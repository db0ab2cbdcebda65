#!/usr/bin/env node
// `npm run bench`: serves the built dist/ on a spare port, runs every bench/tasks/*.mjs (or the
// ones named with --only, keeping the other tasks' last figures), and writes bench/report.md and
// bench/report.json. Each task returns
// { title, figures: [{ name, value, unit, target?, note? }] } and takes its own medians.
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cpus, totalmem } from 'node:os';
import { chromiumPath } from '../scripts/chromium-path.mjs';
import { renderMarkdown } from './report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
	options: { only: { type: 'string', multiple: true }, port: { type: 'string', default: '4360' } },
});
const chromium = chromiumPath();
if (!chromium.found) {
	console.error(
		`No Chromium at ${chromium.path}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
	);
	process.exit(1);
}

const server = spawn(
	process.execPath,
	[join(root, 'scripts/serve.mjs'), '--port', values.port, '--quiet'],
	{ cwd: root, stdio: 'inherit' },
);
const baseURL = `http://127.0.0.1:${values.port}/`;
for (let i = 0; i < 50; i++) {
	try {
		if ((await fetch(baseURL)).ok) break;
	} catch {
		await new Promise((r) => setTimeout(r, 100));
	}
}

const ctx = { baseURL, chromiumPath: chromium.path, root };
const names = (await readdir(join(root, 'bench/tasks'))).filter((f) => f.endsWith('.mjs')).sort();
const selected = values.only
	? names.filter((n) => values.only.some((o) => n.startsWith(o)))
	: names;
const results = [];
try {
	for (const name of selected) {
		const started = performance.now();
		process.stdout.write(`bench: ${name} … `);
		try {
			const task = await import(pathToFileURL(join(root, 'bench/tasks', name)).href);
			const result = await task.run(ctx);
			results.push({
				task: name,
				date: new Date().toISOString(),
				seconds: (performance.now() - started) / 1000,
				...result,
			});
			console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
		} catch (error) {
			results.push({
				task: name,
				date: new Date().toISOString(),
				title: name,
				figures: [],
				error: String(error?.stack ?? error),
			});
			console.log(`FAILED: ${error?.message ?? error}`);
		}
	}
} finally {
	server.kill();
}

// With --only, the other tasks keep their figures from the last full report.
if (values.only) {
	try {
		const previous = JSON.parse(await readFile(join(root, 'bench/report.json'), 'utf8'));
		const fresh = new Set(results.map((r) => r.task));
		results.push(...previous.results.filter((r) => !fresh.has(r.task)));
		results.sort((a, b) => a.task.localeCompare(b.task));
	} catch {
		// no earlier report: this run's tasks only
	}
}

const report = {
	date: new Date().toISOString(),
	machine: {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? 'unknown',
		memoryGiB: Math.round(totalmem() / 2 ** 30),
		node: process.version,
	},
	results,
};
await writeFile(join(root, 'bench/report.json'), JSON.stringify(report, null, '\t') + '\n');
await writeFile(join(root, 'bench/report.md'), renderMarkdown(report));
console.log('bench: wrote bench/report.md and bench/report.json');
if (results.some((r) => r.error)) process.exitCode = 1;

/**
 * Decision-tree bench: the island's JavaScript (gzipped, as the home page loads it) without and with
 * the Preact runtime, and the time from an answer click to the next question, in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';

const RUNTIME =
	/^(preact\.module|hooks\.module|signals\.module|signals-core|jsxRuntime|client|preload-helper)\./;

function importsOf(source) {
	return [...source.matchAll(/(?:from|import)\s*\(?\s*"(\.\/[^"]+\.js)"/g)].map((m) =>
		m[1].slice(2),
	);
}

/** Every chunk reachable from `entry` through static and dynamic imports. */
function closure(dir, entry) {
	const seen = new Set();
	const stack = [entry];
	while (stack.length > 0) {
		const file = stack.pop();
		if (seen.has(file)) continue;
		seen.add(file);
		stack.push(...importsOf(readFileSync(join(dir, file), 'utf8')));
	}
	return seen;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

export async function run(ctx) {
	const dist = join(ctx.root, 'dist');
	const html = readFileSync(join(dist, 'index.html'), 'utf8');
	const island =
		/<astro-island[^>]*component-url="([^"]+DecisionTree[^"]+)"[^>]*renderer-url="([^"]+)"/.exec(
			html,
		);
	if (!island) throw new Error('dist/index.html has no DecisionTree island: build first');
	const base = island[1].slice(0, island[1].lastIndexOf('/') + 1);
	const dir = join(dist, base.replace(/^\/.*?_astro\//, '_astro/'));
	const name = (url) => url.slice(url.lastIndexOf('/') + 1);

	const browser = await chromium.launch({
		executablePath: ctx.chromiumPath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
	const page = await browser.newPage();
	const loaded = new Set();
	page.on(
		'request',
		(r) => r.url().includes('/_astro/') && r.url().endsWith('.js') && loaded.add(name(r.url())),
	);
	await page.goto(ctx.baseURL);
	await page
		.locator('astro-island[component-url*="DecisionTree"]:not([ssr])')
		.waitFor({ state: 'attached' });

	const files = [
		...new Set([...closure(dir, name(island[1])), ...closure(dir, name(island[2]))]),
	].filter((f) => loaded.has(f));
	const gz = (f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
	const own = files.filter((f) => !RUNTIME.test(f)).reduce((sum, f) => sum + gz(f), 0);
	const all = files.reduce((sum, f) => sum + gz(f), 0);

	// Answer "No" then "Back" repeatedly; time only the answers. Rendered = the new heading is in the
	// DOM and laid out (Preact renders in a microtask); frame = the next requestAnimationFrame.
	const times = await page.evaluate(async (runs) => {
		const rendered = [];
		const frame = [];
		const heading = () => document.querySelector('.dt h2.dt-heading')?.textContent;
		const button = (label) =>
			[...document.querySelectorAll('.dt button')].find((b) => b.textContent.trim() === label);
		const tick = () => new Promise((r) => setTimeout(r, 0));
		for (let i = 0; i < runs; i++) {
			const before = heading();
			const t0 = performance.now();
			button('No').click();
			await Promise.resolve();
			await Promise.resolve();
			if (heading() === before) await new Promise((r) => setTimeout(r, 0));
			void document.querySelector('.dt').offsetHeight;
			rendered.push(performance.now() - t0);
			await new Promise((r) =>
				requestAnimationFrame(() => (frame.push(performance.now() - t0), r())),
			);
			if (heading() === before) throw new Error('the answer did not change the question');
			button('Back').click();
			await tick();
			await new Promise((r) => requestAnimationFrame(r));
		}
		return { rendered, frame };
	}, 60);
	await browser.close();

	return {
		title: 'Decision tree island',
		figures: [
			{
				name: 'home page HTML gzipped (carries the tree data as island props)',
				value: +(gzipSync(html, { level: 9 }).length / 1024).toFixed(2),
				unit: 'KB',
			},
			{
				name: 'island JS gzipped, without Preact',
				value: +(own / 1024).toFixed(2),
				unit: 'KB',
				target: '<= 8 KB',
				note: files.filter((f) => !RUNTIME.test(f)).join(', '),
			},
			{
				name: 'island JS gzipped, with the Preact runtime',
				value: +(all / 1024).toFixed(2),
				unit: 'KB',
				note: files.join(', '),
			},
			{
				name: 'answer click to next question rendered (median of 60)',
				value: +median(times.rendered).toFixed(2),
				unit: 'ms',
				target: '< 16 ms',
				note: `p95 ${p95(times.rendered).toFixed(2)} ms`,
			},
			{
				name: 'answer click to next animation frame (median of 60)',
				value: +median(times.frame).toFixed(2),
				unit: 'ms',
				target: '< 16 ms',
				note: `p95 ${p95(times.frame).toFixed(2)} ms; includes the wait for the next frame; load average ${loadavg()[0].toFixed(1)}`,
			},
		],
	};
}

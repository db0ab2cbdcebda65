// Search cost in Chromium: bytes fetched by the first search on a fresh page, and the median
// time from keystroke to results once the index is loaded.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { SEARCH_UI_OPTIONS } from '../../src/lib/search/ui-options.ts';

const QUERIES = [
	'0x904',
	'2308',
	'0x112f',
	'certificate',
	'ERRINFO_SERVER_DENIED_CONNECTION',
	'1798',
];
const RUNS = 2;
/** A steady typist: about 80 words a minute. */
const TYPE_DELAY_MS = 150;

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Bytes for the first search on a fresh page: everything search-related (Starlight's search
 * script, Pagefind's UI, engine, worker, wasm, index, filters, fragments), whether the page
 * preloaded it on idle or the search fetched it, plus any other request made after the click.
 * Playwright sees the worker's requests too (CDP on the page alone does not).
 * `raw` is what this uncompressed static server sends; `gzip` is what a host that gzips
 * text would send (Pagefind's index files are already compressed and count as they are).
 */
async function firstSearchBytes(browser, baseURL, root, typeDelay) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const done = [];
	let clicked = false;
	context.on('requestfinished', async (request) => {
		const after = clicked;
		const sizes = await request.sizes().catch(() => undefined);
		if (sizes)
			done.push({
				url: request.url(),
				after,
				bytes: sizes.responseBodySize + sizes.responseHeadersSize,
			});
	});
	await page.goto(baseURL, { waitUntil: 'networkidle' });
	clicked = true;
	await page.getByRole('button', { name: 'Search' }).first().click();
	const box = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
	// Pasted in one go, or typed a key at a time: with a short debounce a typist's in-between
	// prefixes ("0x", "0x9", …) run searches of their own, which fetch fragments of their own.
	if (typeDelay) await box.pressSequentially('0x904', { delay: typeDelay });
	else await box.fill('0x904');
	await page.locator('.pagefind-ui__result-link').first().waitFor();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	const counted = done.filter((r) => r.after || /pagefind|ui-core|Search\.astro/i.test(r.url));
	if (process.env.BENCH_DEBUG) console.log(counted.map((r) => `${r.bytes} ${r.url}`).join('\n'));
	const raw = counted.reduce((sum, r) => sum + r.bytes, 0);
	const gzipSize = (r) => {
		const path = new URL(r.url).pathname.replace(/^\//, '');
		const file = join(root, 'dist', path.replace(new URL(baseURL).pathname.replace(/^\//, ''), ''));
		if (/\.(js|css|json|html)$/.test(path) && existsSync(file))
			return gzipSync(readFileSync(file)).length;
		return r.bytes;
	};
	const gzip = counted.reduce((sum, r) => sum + gzipSize(r), 0);
	const afterClick = counted.filter((r) => r.after).reduce((sum, r) => sum + gzipSize(r), 0);
	await context.close();
	return { raw, gzip, afterClick };
}

/** Keystroke-to-results times through the real search dialog, index already loaded. */
async function keystrokeTimes(browser, baseURL) {
	const page = await browser.newPage();
	await page.goto(baseURL, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Search' }).first().click();
	const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
	const ui = [];
	const engine = [];
	// Warm up: load every index chunk the measured queries need.
	for (const q of QUERIES) {
		await input.fill(q);
		await page.waitForFunction(
			(q) => document.querySelector('.pagefind-ui__message')?.textContent?.includes(q),
			q,
		);
	}
	for (let run = 0; run < RUNS; run++) {
		for (const q of QUERIES) {
			await input.fill('');
			await page.waitForFunction(() => !document.querySelector('.pagefind-ui__result-link'));
			// Time measured inside the page: from the input event to the message naming the query.
			const ms = await page.evaluate(
				(q) =>
					new Promise((resolve) => {
						const box = document.querySelector('#starlight__search input');
						const start = performance.now();
						const done = () => {
							const msg = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
							if (msg.includes(q) && document.querySelector('.pagefind-ui__result-link')) {
								observer.disconnect();
								resolve(performance.now() - start);
							}
						};
						const observer = new MutationObserver(done);
						observer.observe(document.querySelector('#starlight__search'), {
							subtree: true,
							childList: true,
							characterData: true,
						});
						box.value = q;
						box.dispatchEvent(new Event('input', { bubbles: true }));
					}),
				q,
			);
			ui.push(ms);
			const raw = await page.evaluate(
				async ([q, url]) => {
					const pf = await import(url);
					const start = performance.now();
					const r = await pf.search(q);
					await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
					return performance.now() - start;
				},
				[q, new URL('pagefind/pagefind.js', baseURL).href],
			);
			engine.push(raw);
		}
	}
	await page.close();
	return { ui: median(ui), engine: median(engine) };
}

export async function run({ baseURL, chromiumPath, root }) {
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
	try {
		const raw = [];
		const gzip = [];
		const afterClick = [];
		for (let i = 0; i < RUNS; i++) {
			const b = await firstSearchBytes(browser, baseURL, root);
			raw.push(b.raw);
			gzip.push(b.gzip);
			afterClick.push(b.afterClick);
		}
		const typed = [];
		for (let i = 0; i < RUNS; i++)
			typed.push((await firstSearchBytes(browser, baseURL, root, TYPE_DELAY_MS)).afterClick);
		const times = await keystrokeTimes(browser, baseURL);
		return {
			title: "Search (Pagefind in Starlight's dialog)",
			figures: [
				{
					name: 'bytes fetched by the first search (gzip host)',
					value: Math.round(median(gzip) / 1024),
					unit: 'KB',
					target: '<= 100 KB',
					note: 'search script, Pagefind UI, engine, wasm, index, filters and fragments for "0x904" on a fresh page; text files counted gzipped',
				},
				{
					name: 'bytes fetched after the person opens search',
					value: Math.round(median(afterClick) / 1024),
					unit: 'KB',
					target: '<= 100 KB',
					note: 'only what opening the dialog and typing fetch (text files gzipped); anything preloaded on idle before the click is left out',
				},
				{
					name: 'bytes fetched after opening search, "0x904" typed key by key',
					value: Math.round(median(typed) / 1024),
					unit: 'KB',
					note: `${TYPE_DELAY_MS} ms between keys, so each prefix runs its own search; text files gzipped`,
				},
				{
					name: 'bytes fetched by the first search (this server, uncompressed)',
					value: Math.round(median(raw) / 1024),
					unit: 'KB',
					note: 'scripts/serve.mjs sends text uncompressed',
				},
				{
					name: 'keystroke to results, UI (median)',
					value: Math.round(times.ui),
					unit: 'ms',
					target: '< 100 ms',
					note: `${QUERIES.length} queries x ${RUNS}; includes Pagefind UI's input debounce, set to ${SEARCH_UI_OPTIONS.debounceTimeoutMs} ms in src/lib/search/ui-options.ts (its default is 300 ms)`,
				},
				{
					name: 'search + top-5 fragments, engine (median)',
					value: Math.round(times.engine * 10) / 10,
					unit: 'ms',
					target: '< 100 ms',
					note: 'pagefind.search() and result data, index loaded',
				},
			],
		};
	} finally {
		await browser.close();
	}
}

// Code decoder island: script and data it costs, and keystroke-to-result time in Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const INPUTS = [
	'0x904',
	'904',
	'2308',
	'0x00000904',
	'exDiscReasonServerDeniedConnection',
	'260',
	'0x904 / 0x7',
	'junk!',
];
const RUNS = 5;

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const gz = (root, baseURL, url) => {
	const path = new URL(url).pathname.slice(new URL(baseURL).pathname.length);
	const file = join(root, 'dist', path);
	return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
};

export async function run({ baseURL, chromiumPath, root }) {
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
	try {
		const page = await browser.newPage();
		const scripts = new Set();
		let indexUrl = '';
		page.on('requestfinished', (r) => {
			if (r.resourceType() === 'script' && r.url().includes('/_astro/')) scripts.add(r.url());
			if (r.url().endsWith('decoder-index.json')) indexUrl = r.url();
		});
		const url = new URL('codes/', baseURL).href;
		await page.goto(url, { waitUntil: 'networkidle' });
		const input = page.getByRole('textbox', { name: 'Decode an RDP error code' });
		await page.waitForFunction(
			() => !document.querySelector('astro-island:has(.code-decoder)')?.hasAttribute('ssr'),
		);
		await input.fill('0x904');
		await page.locator('.decoder-results a').first().waitFor();
		// Island scripts: the decoder chunk, Preact, its hooks and Astro's island loader
		// (Starlight's own page scripts are on every page and not counted).
		const island = [...scripts].filter((s) =>
			/CodeDecoder|preact|hooks\.module|\/client\.|jsxRuntime|assert-never|spellings/.test(s),
		);
		const islandGzip = island.reduce((sum, s) => sum + gz(root, baseURL, s), 0);
		const indexGzip = indexUrl ? gz(root, baseURL, indexUrl) : 0;
		const times = [];
		for (let run = 0; run < RUNS; run++) {
			for (const value of INPUTS) {
				const ms = await page.evaluate(
					(value) =>
						new Promise((resolve) => {
							const form = document.querySelector('.code-decoder');
							const box = form.querySelector('input');
							const status = form.querySelector('.decoder-status');
							const before = status.textContent;
							box.value = '';
							box.dispatchEvent(new Event('input', { bubbles: true }));
							requestAnimationFrame(() => {
								const start = performance.now();
								const observer = new MutationObserver(() => {
									if (
										box.value === value &&
										status.textContent !== '' &&
										form.querySelector('.decoder-results')
									) {
										observer.disconnect();
										resolve(performance.now() - start);
									}
								});
								observer.observe(form, { subtree: true, childList: true, characterData: true });
								box.value = value;
								box.dispatchEvent(new Event('input', { bubbles: true }));
								void before;
							});
						}),
					value,
				);
				times.push(ms);
			}
		}
		return {
			title: 'Code decoder island',
			figures: [
				{
					name: 'decoder island JS (gzip)',
					value: Math.round(islandGzip / 102.4) / 10,
					unit: 'KB',
					note: island.map((s) => s.split('/').pop()).join(', '),
				},
				{
					name: 'decoder index JSON (gzip), fetched on first use',
					value: Math.round(indexGzip / 102.4) / 10,
					unit: 'KB',
					note: 'ids, names, meanings of every code; no sources or notes',
				},
				{
					name: 'keystroke to result (median)',
					value: Math.round(median(times) * 10) / 10,
					unit: 'ms',
					target: '< 100 ms',
					note: `${INPUTS.length} inputs x ${RUNS}, index loaded`,
				},
			],
		};
	} finally {
		await browser.close();
	}
}

/**
 * Guides benchmark: page weight of the 13 guides (from dist/) and, in Chromium, how fast Starlight's
 * search shows the expected guide for the six queries of issue 4, and at which rank.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const QUERIES = [
	['SSLCertificateSHA1Hash', 'certificate'],
	['MachineKeys', 'machinekeys'],
	['36874', 'tls-ciphers'],
	['AllowEncryptionOracle', 'nla-credssp'],
	['3389', 'network-path'],
	['MaxOutstandingConnections', 'connection-limits'],
];
const RUNS = 3;

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};

function pageWeights(root) {
	const dir = join(root, 'dist', 'guides');
	return readdirSync(dir)
		.filter((name) => statSync(join(dir, name)).isDirectory())
		.map((name) => {
			const html = readFileSync(join(dir, name, 'index.html'));
			return { name, raw: html.length, gzip: gzipSync(html).length };
		});
}

/** Milliseconds from typing the query to the expected guide being listed, and its rank (1-based). */
async function searchOnce(page, baseURL, query, guide) {
	await page.goto(baseURL);
	await page.getByRole('button', { name: 'Search' }).first().click();
	const box = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
	await box.waitFor();
	const start = performance.now();
	await box.fill(query);
	const handle = await page.waitForFunction(
		(slug) => {
			const links = [...document.querySelectorAll('.pagefind-ui__result')].map(
				(r) => r.querySelector('a')?.getAttribute('href') ?? '',
			);
			const index = links.findIndex((href) => href.includes(`/guides/${slug}/`));
			return index === -1 ? null : index + 1;
		},
		guide,
		{ timeout: 10_000 },
	);
	return { ms: performance.now() - start, rank: await handle.jsonValue() };
}

export async function run({ baseURL, chromiumPath, root }) {
	const weights = pageWeights(root);
	const figures = [
		{ name: 'guide HTML, median', value: median(weights.map((w) => w.raw)), unit: 'bytes' },
		{ name: 'guide HTML, largest', value: Math.max(...weights.map((w) => w.raw)), unit: 'bytes' },
		{
			name: 'guide HTML gzip, largest',
			value: Math.max(...weights.map((w) => w.gzip)),
			unit: 'bytes',
			target: '< 50000',
		},
	];
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
	try {
		const page = await browser.newPage();
		for (const [query, guide] of QUERIES) {
			const runs = [];
			for (let i = 0; i < RUNS; i++) runs.push(await searchOnce(page, baseURL, query, guide));
			figures.push({
				name: `search "${query}": time to ${guide}`,
				value: Math.round(median(runs.map((r) => r.ms))),
				unit: 'ms',
			});
			figures.push({
				name: `search "${query}": rank of ${guide}`,
				value: Math.max(...runs.map((r) => r.rank)),
				unit: 'rank',
				target: '<= 3',
			});
		}
	} finally {
		await browser.close();
	}
	return { title: 'Troubleshooting guides: weight and search', figures };
}

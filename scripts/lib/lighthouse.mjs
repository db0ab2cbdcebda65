// Runs Lighthouse against a URL with the system Chromium. Shared by the Lighthouse e2e gate
// (accessibility, best practices, SEO = 100) and the benchmark (performance, LCP, TBT, CLS).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];

/**
 * Runs Lighthouse on each URL in turn within one Chromium (a launch costs seconds here; each
 * run still resets storage and cache, Lighthouse's default).
 * @param {string[]} urls
 * @param {{ chromePath: string, categories: string[], formFactor?: 'mobile' | 'desktop' }} options
 * @returns {Promise<import('lighthouse').Result[]>} one result per URL, in order
 */
export async function runLighthouseAll(urls, { chromePath, categories, formFactor = 'mobile' }) {
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: 'error' });
	try {
		const desktop = formFactor === 'desktop';
		const results = [];
		for (const url of urls) {
			const result = await lighthouse(
				url,
				// No full-page screenshot: it only illustrates the HTML report (about 2 s a run here).
				{
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: categories,
					disableFullPageScreenshot: true,
				},
				desktop
					? {
							extends: 'lighthouse:default',
							settings: { formFactor: 'desktop', screenEmulation: { disabled: true } },
						}
					: undefined,
			);
			if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
			results.push(result.lhr);
		}
		return results;
	} finally {
		chrome.kill();
	}
}

/**
 * Runs Lighthouse on one URL in a Chromium of its own.
 * @param {string} url
 * @param {{ chromePath: string, categories: string[], formFactor?: 'mobile' | 'desktop' }} options
 * @returns {Promise<import('lighthouse').Result>}
 */
export async function runLighthouse(url, options) {
	const [lhr] = await runLighthouseAll([url], options);
	return lhr;
}

/** Failed audits of a category (score below 1), as "id: title" lines for a readable failure. */
export function failedAudits(lhr, category) {
	return lhr.categories[category].auditRefs
		.filter((ref) => ref.weight > 0)
		.map((ref) => lhr.audits[ref.id])
		.filter((audit) => audit.score !== null && audit.score < 1)
		.map((audit) => `${audit.id}: ${audit.title}`);
}

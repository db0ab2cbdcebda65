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
 * @param {string} url
 * @param {{ chromePath: string, categories: string[], formFactor?: 'mobile' | 'desktop' }} options
 * @returns {Promise<import('lighthouse').Result>}
 */
export async function runLighthouse(url, { chromePath, categories, formFactor = 'mobile' }) {
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: 'error' });
	try {
		const desktop = formFactor === 'desktop';
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
		return result.lhr;
	} finally {
		chrome.kill();
	}
}

/** Failed audits of a category (score below 1), as "id: title" lines for a readable failure. */
export function failedAudits(lhr, category) {
	return lhr.categories[category].auditRefs
		.filter((ref) => ref.weight > 0)
		.map((ref) => lhr.audits[ref.id])
		.filter((audit) => audit.score !== null && audit.score < 1)
		.map((audit) => `${audit.id}: ${audit.title}`);
}

// Lighthouse performance (mobile defaults: throttled 4G, mid-range phone) for each page type:
// score, LCP, TBT and CLS, medians of three runs. Recorded, not asserted: it depends on load.
import { runLighthouse } from '../../scripts/lib/lighthouse.mjs';
import { PAGE_TYPES } from '../../e2e/support/page-types.ts';

const RUNS = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run({ baseURL, chromiumPath }) {
	const figures = [];
	for (const [type, path] of Object.entries(PAGE_TYPES)) {
		const runs = [];
		for (let i = 0; i < RUNS; i++) {
			const lhr = await runLighthouse(new URL(path, baseURL).href, {
				chromePath: chromiumPath,
				categories: ['performance'],
			});
			runs.push({
				score: Math.round((lhr.categories.performance.score ?? 0) * 100),
				lcp: lhr.audits['largest-contentful-paint'].numericValue,
				tbt: lhr.audits['total-blocking-time'].numericValue,
				cls: lhr.audits['cumulative-layout-shift'].numericValue,
			});
		}
		figures.push(
			{ name: `${type}: performance score`, value: median(runs.map((r) => r.score)), unit: '/100' },
			{
				name: `${type}: LCP`,
				value: Math.round(median(runs.map((r) => r.lcp))),
				unit: 'ms',
				note: 'simulated mobile',
			},
			{ name: `${type}: TBT`, value: Math.round(median(runs.map((r) => r.tbt))), unit: 'ms' },
			{ name: `${type}: CLS`, value: Number(median(runs.map((r) => r.cls)).toFixed(3)), unit: '' },
		);
	}
	return { title: 'Lighthouse performance (mobile)', figures };
}

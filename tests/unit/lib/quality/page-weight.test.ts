import { describe, expect, it } from 'vitest';
import { gzipSize, pageWeight } from '../../../../src/lib/quality/page-weight';

const files: Record<string, string> = {
	'/_astro/site.css': 'body{color:red}'.repeat(20),
	'/_astro/page.js':
		'import"./chunk.js";import{a}from"./shared.js";const p=import("/pagefind/pagefind.js");',
	'/_astro/chunk.js': 'export const c=1;'.repeat(10),
	'/_astro/shared.js': 'export const a=2;'.repeat(10),
	'/_astro/Island.js': 'import{a}from"./shared.js";export default a;',
	'/_astro/client.js': 'export default 1;',
	'/pagefind/pagefind.js': 'x'.repeat(5000),
};
const read = (p: string) => files[p];

describe('pageWeight', () => {
	const html = `<html><head><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script></head>
<body><astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island></body></html>`;
	const weight = pageWeight('/guides/a/', html, read);

	it('counts the page, its stylesheet, its scripts, islands and their static imports once each', () => {
		expect(weight.assets).toEqual([
			'/_astro/Island.js',
			'/_astro/chunk.js',
			'/_astro/client.js',
			'/_astro/page.js',
			'/_astro/shared.js',
			'/_astro/site.css',
		]);
		expect(weight.html).toBe(gzipSize(html));
		expect(weight.css).toBe(gzipSize(files['/_astro/site.css']!));
	});

	it('leaves out modules loaded by dynamic import, such as the search index', () => {
		expect(weight.assets).not.toContain('/pagefind/pagefind.js');
		const js = [
			'/_astro/Island.js',
			'/_astro/chunk.js',
			'/_astro/client.js',
			'/_astro/page.js',
			'/_astro/shared.js',
		];
		expect(weight.js).toBe(js.reduce((n, p) => n + gzipSize(files[p]!), 0));
	});

	it('resolves relative references against the page and skips files the site lacks', () => {
		const w = pageWeight(
			'/docs/a/',
			'<link rel="stylesheet" href="../../_astro/site.css"><script src="missing.js"></script>',
			read,
		);
		expect(w.assets).toEqual(['/_astro/site.css']);
	});
});

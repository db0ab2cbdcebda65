import { describe, expect, it } from 'vitest';
import { checkLinks, idsOf, linksOf } from '../../../../src/lib/quality/links';

const site = (pages: Record<string, string>, files: string[] = []) => ({
	pages: new Map(Object.entries(pages)),
	files: new Set(files),
});

describe('linksOf and idsOf', () => {
	it('reads href and src of links, scripts and images, decoding &amp;', () => {
		const html = `<a href="/a/?x=1&amp;y=2">a</a><link rel="stylesheet" href='/s.css'><script src="/m.js"></script><img src="/i.png" alt="">`;
		expect(linksOf(html)).toEqual(['/a/?x=1&y=2', '/s.css', '/m.js', '/i.png']);
	});
	it('reads every id', () => {
		expect([...idsOf('<h2 id="fix">Fix</h2><div id=\'x\'></div>')]).toEqual(['fix', 'x']);
	});
});

describe('checkLinks', () => {
	it('accepts links to pages, files and existing anchors', () => {
		const report = checkLinks(
			site(
				{
					'/': '<a href="/guides/a/">A</a><a href="guides/a/#fix">fix</a><img src="/og.png" alt="">',
					'/guides/a/': '<h2 id="fix">Fix</h2><a href="../../">home</a><a href="#_top">top</a>',
				},
				['/og.png'],
			),
		);
		expect(report.broken).toEqual([]);
		expect(report.checked).toBe(5);
	});

	it('reports a missing page with the page it is on', () => {
		const report = checkLinks(site({ '/': '<a href="/nope/">x</a>' }));
		expect(report.broken).toEqual([
			{ page: '/', href: '/nope/', problem: 'points to a missing page or file' },
		]);
	});

	it('reports a missing anchor naming the target page', () => {
		const report = checkLinks(
			site({ '/': '<a href="/b/#undo">x</a>', '/b/': '<h2 id="fix"></h2>' }),
		);
		expect(report.broken[0]?.problem).toBe('points to #undo, which /b/ does not have');
	});

	it('suggests the trailing slash when only the slashed page exists', () => {
		const report = checkLinks(site({ '/': '<a href="/b">x</a>', '/b/': '' }));
		expect(report.broken[0]?.problem).toMatch(/add the trailing slash/);
	});

	it('lists external links without checking them, and skips mailto and data URLs', () => {
		const report = checkLinks(
			site({
				'/': '<a href="https://learn.microsoft.com/x">ms</a><a href="mailto:a@b.c">m</a><img src="data:," alt="">',
			}),
		);
		expect(report).toEqual({ broken: [], external: ['https://learn.microsoft.com/x'], checked: 0 });
	});
});

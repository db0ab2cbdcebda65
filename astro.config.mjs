// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { resolveSiteUrl, resolveBasePath } from './src/lib/site-config.ts';
import { sidebar } from './src/sidebar.ts';
import { finalizeHtml } from './src/integrations/finalize-html.ts';
import { searchOptions } from './src/integrations/search-options.ts';
import { META_WEIGHTS } from './src/lib/search/meta-weights.ts';
import { URL_ATTRIBUTES, rebasedAttribute } from './src/lib/markdown/base-links.ts';
import { focusableTables } from './src/lib/markdown/focusable-tables.ts';

const site = resolveSiteUrl(process.env.SITE_URL);
const base = resolveBasePath(process.env.BASE_PATH);

export default defineConfig({
	site,
	base,
	// A second build served from a sub-path goes to its own folder (npm run test:subpath).
	outDir: process.env.DIST_DIR ?? 'dist',
	trailingSlash: 'always',
	// Astro 7's default ('jsx') drops the whitespace between inline elements, which glues
	// "Error" and "0x204" into one word for Pagefind. `true` keeps one space: search works.
	compressHTML: true,
	vite: {
		build: {
			// Astro inlines a page's small module scripts (Starlight's theme select, sidebar, table of
			// contents) into every page; as files they are fetched once and cached for every page, which
			// keeps guides within their 14 KB gzip budget (src/lib/quality/html-budget.ts).
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
		},
	},
	// Astro 7's default Markdown processor (Sätteri) with two hast plugins: content links are
	// written root-relative and get BASE_PATH; wide tables scroll sideways on phones, and a
	// scrolling region must take keyboard focus (axe scrollable-region-focusable).
	markdown: {
		processor: satteri({
			hastPlugins: [
				{
					name: 'base-links',
					element: [
						{
							filter: Object.keys(URL_ATTRIBUTES),
							visit(node, ctx) {
								const change = rebasedAttribute(node.tagName, node.properties, base);
								if (change) ctx.setProperty(node, ...change);
							},
						},
					],
				},
				focusableTables,
			],
		}),
	},
	integrations: [
		starlight({
			title: 'RDP Troubleshooter',
			description:
				'Fix Remote Desktop "Error code 0x904, extended error code 0x7" and its relatives: a yes/no diagnosis, one guide per root cause, and every RDP error code decoded.',
			favicon: '/favicon.svg',
			head: [
				{
					tag: 'meta',
					attrs: { property: 'og:image', content: new URL(`${base}og.png`, site).href },
				},
				{ tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
				{ tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
				{
					tag: 'meta',
					attrs: {
						property: 'og:image:alt',
						content: 'RDP Troubleshooter: error 0x904, extended 0x7',
					},
				},
			],
			lastUpdated: false,
			// Guide commands are long (registry paths, thumbprints): wrap them instead of hiding their
			// ends behind a scrollbar that touch screens do not show; wrapped parts keep the indent.
			expressiveCode: { defaultProps: { wrap: true, preserveIndent: true } },
			sidebar,
			components: {
				// Emits the Pagefind filters (kind, side, platform) of every page.
				PageTitle: './src/components/overrides/PageTitle.astro',
				// Adds the decision-tree routes and the Sources list, and fails the build for an
				// incomplete guide.
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
			},
			pagefind: {
				// Code pages carry the numeric spellings of their code as `<family>_code` metadata, error
				// pages the numbers of the codes they own: src/lib/search/meta-weights.ts says how these
				// weights make an exact number land on its error's page, then its code page.
				ranking: { metaWeights: META_WEIGHTS },
			},
			customCss: ['./src/styles/site.css'],
		}),
		// The pages are MDX. Starlight adds mdx({ optimize: true }) itself only when no MDX
		// integration is listed; listed here with the same option and after starlight(), which
		// inserts its own integrations (Expressive Code, sitemap) right after itself: the order
		// Starlight builds when it adds MDX.
		mdx({ optimize: true }),
		preact(),
		searchOptions(),
		finalizeHtml(),
	],
});

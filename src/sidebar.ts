/**
 * The sidebar, in the order a person works: diagnose, find the error, understand the codes, fix
 * the cause. The Errors group comes from the knowledge graph's files (one link per error).
 * Guide slugs here are the stable URLs that the knowledge graph and code pages link to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { errorsSidebarGroup } from './lib/site/errors-sidebar.ts';
import { guidesSidebarGroup } from './lib/site/guides-sidebar.ts';

const guideCount = readdirSync(new URL('./content/docs/guides/', import.meta.url)).filter((f) =>
	/\.mdx?$/.test(f),
).length;

const graphDir = new URL('./content/graph/', import.meta.url);
const graphFiles = readdirSync(graphDir)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f): unknown => JSON.parse(readFileSync(new URL(f, graphDir), 'utf8')));

export const sidebar = [
	{
		label: 'Start here',
		items: [
			{ label: 'Diagnose step by step', link: '/' },
			{ label: 'All questions on one page', link: '/tree/outline/' },
			{ label: 'Collect everything at once', link: '/collect/' },
			{ slug: 'start/before-you-start' },
			{ slug: 'start/error-0x904-0x7' },
		],
	},
	errorsSidebarGroup(graphFiles),
	{
		label: 'Error codes',
		items: [
			{ label: 'Decode any code', link: '/codes/' },
			{ label: '0x904 with extended 0x7', link: '/codes/0x904-0x7/' },
			{ label: 'Error codes (disconnect reasons)', link: '/codes/disconnect/' },
			{ label: 'Extended error codes', link: '/codes/extended/' },
			{ label: 'Server error info (MS-RDPBCGR)', link: '/codes/errorinfo/' },
			{ label: 'Negotiation failures', link: '/codes/negotiation/' },
			{ label: 'Reported codes outside the tables', link: '/codes/reported/' },
		],
	},
	guidesSidebarGroup(guideCount),
	{
		label: 'Reference',
		items: [{ autogenerate: { directory: 'reference' } }],
	},
];

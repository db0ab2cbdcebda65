/**
 * The sidebar, in the order a person works: diagnose, understand the codes, fix the cause.
 * Guide slugs here are the stable URLs that the knowledge graph and code pages link to.
 */
export const sidebar = [
	{
		label: 'Start here',
		items: [
			{ label: 'Diagnose step by step', link: '/' },
			{ label: 'All questions on one page', link: '/tree/outline/' },
			{ slug: 'start/before-you-start' },
			{ slug: 'start/error-0x904-0x7' },
		],
	},
	{
		label: 'Fix guides',
		items: [{ autogenerate: { directory: 'guides' } }],
	},
	{
		label: 'Reference',
		items: [{ autogenerate: { directory: 'reference' } }],
	},
];

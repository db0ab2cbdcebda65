import { describe, expect, it } from 'vitest';
import {
	GUIDE_LIST_LIMIT,
	GUIDES_INDEX_LINK,
	guidesSidebarGroup,
} from '../../../../src/lib/site/guides-sidebar';
import { groupGuides, type GuideSummary } from '../../../../src/lib/site/guide-index';

describe('guidesSidebarGroup', () => {
	it('lists every guide, after a link to the index, while there are few', () => {
		expect(guidesSidebarGroup(13).items).toEqual([
			{ label: 'All 13 fix guides', link: GUIDES_INDEX_LINK },
			{ autogenerate: { directory: 'guides' } },
		]);
		expect(guidesSidebarGroup(GUIDE_LIST_LIMIT).items).toHaveLength(2);
	});

	it('links only to the index past the limit, so a page does not grow with every guide', () => {
		expect(guidesSidebarGroup(GUIDE_LIST_LIMIT + 1).items).toEqual([
			{ label: `All ${GUIDE_LIST_LIMIT + 1} fix guides`, link: GUIDES_INDEX_LINK },
		]);
		expect(guidesSidebarGroup(1000).items).toHaveLength(1);
	});
});

describe('groupGuides', () => {
	const guide = (slug: string, title: string, side: GuideSummary['side']): GuideSummary => ({
		slug,
		title,
		description: `About ${title}.`,
		side,
	});

	it('groups by the first side, server then network then client, titles sorted, no empty group', () => {
		const groups = groupGuides([
			guide('guides/b', 'TLS', ['server']),
			guide('guides/c', 'Client', ['client', 'server']),
			guide('guides/a', 'Certificate', ['server', 'client']),
		]);
		expect(groups.map((g) => [g.side, g.guides.map((x) => x.title)])).toEqual([
			['server', ['Certificate', 'TLS']],
			['client', ['Client']],
		]);
	});

	it('puts every guide in exactly one group', () => {
		const guides = ['server', 'network', 'client'].flatMap((side, i) =>
			[0, 1, 2].map((j) =>
				guide(`guides/${i}${j}`, `Guide ${i}${j}`, [side as GuideSummary['side'][number]]),
			),
		);
		expect(
			groupGuides(guides)
				.flatMap((g) => g.guides.map((x) => x.slug))
				.sort(),
		).toEqual(guides.map((g) => g.slug).sort());
	});
});

/**
 * The "Fix guides" sidebar group. Starlight writes the whole sidebar into every page, so a
 * group that lists every guide makes each page grow with the number of guides and the site
 * with its square (measured in the scale benchmark: 269 KiB per page at 1,000 guides). Up to
 * GUIDE_LIST_LIMIT guides the group lists them, which is what a reader scans best; past it, the
 * group links to the guides index, which lists them all grouped by where the cause lives.
 */

/** Above this many guides the sidebar stops listing them one by one. */
export const GUIDE_LIST_LIMIT = 40;

/** The guides index page, a Starlight sidebar link (Starlight adds the base path). */
export const GUIDES_INDEX_LINK = '/guides/';

type SidebarItem = { label: string; link: string } | { autogenerate: { directory: string } };

export interface SidebarGroup {
	label: string;
	items: SidebarItem[];
}

/** The sidebar group for a site with `guideCount` guides in src/content/docs/guides/. */
export function guidesSidebarGroup(guideCount: number): SidebarGroup {
	const index = { label: `All ${guideCount} fix guides`, link: GUIDES_INDEX_LINK };
	return {
		label: 'Fix guides',
		items:
			guideCount > GUIDE_LIST_LIMIT ? [index] : [index, { autogenerate: { directory: 'guides' } }],
	};
}

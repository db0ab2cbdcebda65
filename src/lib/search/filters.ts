import type { PageKind, Platform, Side } from '../../schemas/page-frontmatter.ts';

/** The frontmatter fields that become Pagefind filters. */
export interface FilterSource {
	kind: PageKind;
	side?: Side[] | undefined;
	platform?: Platform[] | undefined;
}

/**
 * Pagefind filter attribute values (`name:value`) for a page: its kind, and each side and
 * platform it lists, so the search dialog can narrow results by any of them.
 */
export function pagefindFilters(page: FilterSource): string[] {
	return [
		`kind:${page.kind}`,
		...[...new Set(page.side ?? [])].map((s) => `side:${s}`),
		...[...new Set(page.platform ?? [])].map((p) => `platform:${p}`),
	];
}

/**
 * The guides index (/guides/): every guide under the side its cause lives on first, in the order
 * a person usually checks (the remote computer, the network between, then the client), each
 * group sorted by title.
 */
import type { Side } from '../../schemas/page-frontmatter.ts';

export interface GuideSummary {
	/** Page slug, e.g. `guides/certificate`. */
	slug: string;
	title: string;
	description: string;
	side: readonly Side[];
}

export interface GuideGroup {
	side: Side;
	heading: string;
	guides: GuideSummary[];
}

const ORDER: readonly { side: Side; heading: string }[] = [
	{ side: 'server', heading: 'On the remote computer' },
	{ side: 'network', heading: 'On the network between' },
	{ side: 'client', heading: 'On the computer you connect from' },
];

/** Groups guides by their first side; empty groups are left out. */
export function groupGuides(guides: readonly GuideSummary[]): GuideGroup[] {
	return ORDER.map(({ side, heading }) => ({
		side,
		heading,
		guides: guides.filter((g) => g.side[0] === side).sort((a, b) => a.title.localeCompare(b.title)),
	})).filter((group) => group.guides.length > 0);
}

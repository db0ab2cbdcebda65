/**
 * The error pages, for whatever errors the built site has (read from its tree bundle): each page
 * opens its own tree at the error's first question, one walk reaches the error's most common
 * cause and its guide, /errors/ lists every error, and the page template passes axe.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/shared-page';
import { axeViolationsInThemes } from './support/axe';
import { resultPages, search, searchAgain } from './support/search';
import { loadRealGraph } from '../tests/support/real-graph';
import { treeHeading, treeRegion } from './support/tree';

interface Node {
	readonly type: string;
	readonly id: string;
	readonly text?: string;
	readonly cause?: string;
	readonly yes?: string;
	readonly no?: string;
	readonly unsure?: string;
	readonly notFixed?: string;
}
interface Bundle {
	readonly tree: {
		readonly nodes: readonly Node[];
		readonly causes: readonly { id: string; title: string }[];
	};
	readonly errors: readonly {
		id: string;
		title: string;
		start: string;
		causes: string[];
		codes: string[];
	}[];
}

const bundle = JSON.parse(
	readFileSync(`${process.env.DIST_DIR ?? 'dist'}/tree/data.json`, 'utf8'),
) as Bundle;
const nodes = new Map(bundle.tree.nodes.map((n) => [n.id, n]));
const slug = (id: string) => id.replace(/^error-/, '');
const BUTTON = {
	yes: 'Yes',
	no: 'No',
	unsure: 'Not sure',
	notFixed: 'This did not fix it',
} as const;
type Move = keyof typeof BUTTON;

/** The fewest moves from `start` to an outcome naming `cause` (breadth first, answers before "not fixed"). */
function movesTo(start: string, cause: string): { moves: Move[]; outcome: Node } {
	const via = new Map<string, { from: string; move: Move } | null>([[start, null]]);
	const queue = [start];
	for (let head = 0; head < queue.length; head++) {
		const node = nodes.get(queue[head]!)!;
		if (node.type === 'outcome' && node.cause === cause) {
			const moves: Move[] = [];
			for (let at = via.get(node.id); at; at = via.get(at.from)) moves.unshift(at.move);
			return { moves, outcome: node };
		}
		for (const move of ['yes', 'no', 'unsure', 'notFixed'] as const) {
			const to = node[move];
			if (to === undefined || via.has(to) || !nodes.has(to)) continue;
			via.set(to, { from: node.id, move });
			queue.push(to);
		}
	}
	throw new Error(`no walk from ${start} names ${cause}`);
}

async function openErrorPage(page: Page, id: string): Promise<void> {
	const response = await page.goto(`./errors/${slug(id)}/`);
	expect(response?.status()).toBe(200);
	// The island hydrates when visible (client:visible), below the page's first sections.
	await treeRegion(page).scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island[component-url*="DecisionTree"]:not([ssr])')).toHaveCount(
		1,
	);
}

test('the site has at least the home page error', () => {
	expect(bundle.errors.map((e) => e.id)).toContain('error-0x904-0x7');
});

test('/errors/ lists every error with a link to its page', async ({ page }) => {
	await page.goto('./errors/');
	for (const error of bundle.errors) {
		const link = page.locator('main').getByRole('link', { name: error.title, exact: true });
		await expect(link).toHaveAttribute('href', new RegExp(`/errors/${slug(error.id)}/$`));
	}
});

for (const error of bundle.errors) {
	test(`${error.id}: its page opens its tree and one walk leads to the guide of its first cause`, async ({
		page,
	}) => {
		await openErrorPage(page, error.id);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(error.title);
		await expect(treeHeading(page)).toHaveText(nodes.get(error.start)!.text!);
		const cause = error.causes[0]!;
		const { moves, outcome } = movesTo(error.start, cause);
		for (const move of moves)
			await treeRegion(page).getByRole('button', { name: BUTTON[move], exact: true }).click();
		const title = bundle.tree.causes.find((c) => c.id === cause)!.title;
		await expect(treeHeading(page)).toHaveText(title);
		// The answers live in the URL of this page, not the home page's.
		await expect(page).toHaveURL(new RegExp(`/errors/${slug(error.id)}/\\?tree=`));
		await treeRegion(page)
			.getByRole('link', { name: `Open the guide: ${title}` })
			.click();
		await expect(page).toHaveURL(new RegExp(`/guides/${cause}/$`));
		expect(outcome.cause).toBe(cause);
	});
}

// What each error's page shows as its dialogs: the graph's text, which the page prints.
const dialogs = new Map(
	loadRealGraph().nodes.flatMap((n) => (n.type === 'error' ? [[n.id, n.dialogs] as const] : [])),
);

// The codes whose search does not land on the page of an error that lists them
// (src/lib/errors/search-words.ts): a code two errors list goes to the error whose title names it,
// and a number stands for its code in the table the dialog shows first (0x104: disconnect).
const codeElsewhere: Readonly<Record<string, string>> = {
	'error-credentials disconnect/0x807': '/errors/0x907/',
	'error-nla-lsa negotiation/0x5': '/codes/extended/0x5/',
	'error-rd-licensing extended/0x104': '/errors/0x104/',
	'error-rd-licensing errorinfo/0x104': '/errors/0x104/',
	'error-rd-licensing extended/0x106': '/codes/disconnect/0x106/',
};

// Four errors a visit: Pagefind and its index load once, then each query starts from an empty box.
const SEARCH_CHUNK = 4;
for (let from = 0; from < bundle.errors.length; from += SEARCH_CHUNK) {
	const errors = bundle.errors.slice(from, from + SEARCH_CHUNK);
	test(`search leads to the error's page or a cause's guide first for its whole dialog and its codes together, and to its page for each code: ${errors.map((e) => slug(e.id)).join(', ')}`, async ({
		page,
	}) => {
		const queries = errors.flatMap((e) => [...(dialogs.get(e.id) ?? []), e.codes, ...e.codes]);
		// The 30 s each search had as a test of its own.
		test.setTimeout(queries.length * 30_000);
		await page.goto('./');
		await search(page, '0x904');
		for (const error of errors) {
			// Search routes to the error: its page, or the guide of one of its causes.
			const own = new RegExp(`/(errors/${slug(error.id)}|guides/(${error.causes.join('|')}))/$`);
			expect(dialogs.get(error.id)?.length, error.id).toBeGreaterThan(0);
			for (const text of dialogs.get(error.id) ?? []) {
				// The whole dialog as a person pastes it: several errors share a first sentence ("This
				// computer can't connect to the remote computer"), so the rest is what tells them apart.
				const query = text.trim().split(/\s+/).join(' ');
				await searchAgain(page, query, 20_000);
				await expect.soft
					.poll(async () => (await resultPages(page))[0], { message: query, timeout: 20_000 })
					.toMatch(own);
			}
			// Its codes as the dialog shows them together: this error first.
			if (error.codes.length === 0) continue;
			const codes = error.codes.map((c) => c.split('/')[1]!).join(' ');
			await searchAgain(page, codes, 20_000);
			await expect.soft
				.poll(async () => (await resultPages(page))[0], { message: codes, timeout: 20_000 })
				.toMatch(own);
			// Each code as its dialog shows it: this error's page first, but for the codes whose
			// search belongs elsewhere (codeElsewhere).
			for (const [hex, id] of new Map(error.codes.map((c) => [c.split('/')[1]!, c])).entries()) {
				const want = codeElsewhere[`${error.id} ${id}`] ?? `/errors/${slug(error.id)}/`;
				await searchAgain(page, hex, 20_000);
				await expect.soft
					.poll(async () => (await resultPages(page))[0], { message: hex, timeout: 20_000 })
					.toBe(want);
			}
		}
	});
}

test('an error page resets a damaged link with a notice and starts at its own question', async ({
	page,
}) => {
	const error = bundle.errors.at(-1)!;
	await page.goto(`./errors/${slug(error.id)}/?tree=nope_y`);
	await treeRegion(page).scrollIntoViewIfNeeded();
	await expect(treeRegion(page).getByText('Link reset.')).toBeVisible();
	await expect(treeHeading(page)).toHaveText(nodes.get(error.start)!.text!);
	await expect(page).toHaveURL(new RegExp(`/errors/${slug(error.id)}/$`));
});

test('the error page template passes axe in both themes', async ({ page }) => {
	test.slow(); // axe twice (light and dark) on a long page
	await openErrorPage(page, bundle.errors.at(-1)!.id);
	expect(await axeViolationsInThemes(page)).toEqual([]);
});

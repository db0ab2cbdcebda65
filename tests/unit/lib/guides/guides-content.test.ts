import { describe, expect, it } from 'vitest';
import {
	checkGuide,
	checkPageLinks,
	describeProblem,
} from '../../../../src/lib/guides/check-guide.ts';
import { checkCode } from '../../../../src/lib/guides/code-rules.ts';
import { scanMdx } from '../../../../src/lib/guides/scan-mdx.ts';
import { readDocsPages } from './docs-files.ts';
import { CONTRACT_CAUSES } from '../../../support/cause-ids';
import { reviewDateProblems } from '../../../support/review-date.ts';

const CAUSES = CONTRACT_CAUSES;

/** Claims of the SEO pages that no source supports (brief section 8): never stated as fact. */
const MYTHS = [/session lock/i, /23\s*-\s*25\s*s/i, /NTUSER\.DAT/i, /\bMTU\b/];

/**
 * The one Microsoft page found that names the MTU, for a black screen at sign-in (not for 0x904):
 * a guide that cites it may speak of the MTU; any other mention is the SEO claim.
 */
const MTU_SOURCE =
	'https://learn.microsoft.com/troubleshoot/windows-server/remote/a-black-screen-appears-while-sign';

/** The myths a guide's body states, less the MTU when the guide cites Microsoft's MTU page. */
function mythsIn(guide: { body: string; frontmatter: unknown }): string[] {
	const sources = (guide.frontmatter as { sources?: { url: string }[] }).sources ?? [];
	const citesMtu = sources.some((s) => s.url === MTU_SOURCE);
	return MYTHS.filter((myth) => myth.test(guide.body))
		.filter((myth) => !(citesMtu && myth.source === '\\bMTU\\b'))
		.map(String);
}

const pages = readDocsPages();
const knownPaths = new Set(pages.map((p) => p.path));
const guides = pages.filter((p) => p.id.startsWith('guides/'));

describe('the guides', () => {
	it('exist for every cause id of the contract and no other', () => {
		expect(guides.map((g) => g.id.replace('guides/', '')).sort()).toEqual([...CAUSES].sort());
	});

	it.each(guides.map((g) => [g.file, g] as const))(
		'%s passes every guide check',
		(_file, guide) => {
			const id = guide.id.replace('guides/', '');
			const problems = checkGuide({
				id,
				frontmatter: guide.frontmatter,
				body: guide.body,
				knownPaths,
			});
			expect(problems.map(describeProblem)).toEqual([]);
		},
	);

	it('allow the MTU only in a guide that cites the Microsoft page naming it', () => {
		const body = 'Check the MTU on the path.';
		expect(mythsIn({ body, frontmatter: { sources: [] } })).toEqual(['/\\bMTU\\b/']);
		expect(mythsIn({ body, frontmatter: { sources: [{ url: MTU_SOURCE }] } })).toEqual([]);
	});

	it.each(guides.map((g) => [g.file, g] as const))(
		'%s repeats none of the unsupported SEO claims',
		(_file, guide) => {
			expect(mythsIn(guide)).toEqual([]);
		},
	);

	it.each(guides.map((g) => [g.file, g] as const))(
		'%s uses the real value name SSLCertificateSHA1Hash in commands',
		(_file, guide) => {
			// Prose may quote Microsoft's slip to correct it; a command must never use it.
			const code = scanMdx(guide.body).flatMap((t) => (t.type === 'code' ? [t.text] : []));
			expect(code.filter((text) => /SSLCertificateSHA1HashValue/.test(text))).toEqual([]);
		},
	);

	it.each(guides.map((g) => [g.file, g] as const))(
		'%s never writes SecurityLayer 3, which does not exist',
		(_file, guide) => {
			expect(guide.body).not.toMatch(/SecurityLayer\b[^\n]*\/d\s+3\b/);
		},
	);

	it.each(guides.map((g) => [g.file, g] as const))(
		'%s changes values with reg add, never with reg query /d',
		(_file, guide) => {
			const code = scanMdx(guide.body).flatMap((t) => (t.type === 'code' ? [t.text] : []));
			expect(code.filter((text) => /reg(\.exe)?\s+query\b[^\n]*\/d\s/i.test(text))).toEqual([]);
		},
	);
});

/** Pages this suite owns; other engineers' pages may link to routes generated outside the docs collection. */
const owned = pages.filter(
	(p) => p.id.startsWith('guides/') || p.id.startsWith('start/') || p.id === 'reference/event-ids',
);

describe('the overview, start and reference pages', () => {
	it('include the three fixed pages', () => {
		expect(owned.map((p) => p.path)).toEqual(
			expect.arrayContaining([
				'/start/before-you-start/',
				'/start/error-0x904-0x7/',
				'/reference/event-ids/',
			]),
		);
	});

	it.each(owned.map((p) => [p.file, p] as const))(
		'%s links only to pages that exist',
		(_file, page) => {
			expect(checkPageLinks(page.body, page.path, knownPaths).map(describeProblem)).toEqual([]);
		},
	);

	it.each(owned.filter((p) => !p.id.startsWith('guides/')).map((p) => [p.file, p] as const))(
		"%s follows the guides' code-block rules (shell label, variables, backup folder)",
		(_file, page) => {
			const problems = checkCode(scanMdx(page.body)).filter((p) => p.type !== 'no-code-block');
			expect(problems.map(describeProblem)).toEqual([]);
		},
	);

	it.each(owned.filter((p) => !p.id.startsWith('guides/')).map((p) => [p.file, p] as const))(
		'%s cites at least one source and carries a review date',
		(_file, page) => {
			const data = page.frontmatter as {
				sources?: { publisher: string }[];
				lastReviewed?: unknown;
			};
			expect(data.sources?.length ?? 0).toBeGreaterThanOrEqual(1);
			expect(data.sources?.some((s) => s.publisher === 'microsoft' || s.publisher === 'spec')).toBe(
				true,
			);
			expect(reviewDateProblems(data.lastReviewed)).toEqual([]);
		},
	);
});

describe('the review-date check', () => {
	const now = new Date('2026-12-01T12:00:00Z');
	it.each([
		{ value: '2026-11-22', problems: 0 },
		{ value: new Date('2026-12-01T00:00:00Z'), problems: 0 },
		{ value: '2026-12-02', problems: 1 },
		{ value: '2026-02-30', problems: 1 },
		{ value: '22/11/2026', problems: 1 },
		{ value: undefined, problems: 1 },
	])('finds $problems problem(s) in $value', ({ value, problems }) => {
		expect(reviewDateProblems(value, now)).toHaveLength(problems);
	});
});

/**
 * Every rule a troubleshooting guide must satisfy, as one pure function over its frontmatter and
 * MDX body. The unit tests run it over every guide; the MarkdownContent override runs it during
 * the build and throws, so an incomplete guide cannot ship.
 */
import { guideFieldsSchema } from '../../schemas/page-frontmatter.ts';
import { checkCode } from './code-rules.ts';
import { BACKUP_PATTERN, dangersIn } from './danger-rules.ts';
import { GUIDE_SECTIONS, type GuideProblem } from './guide-problem.ts';
import { CODE_ID, CODE_PAGE_PATH, resolveInternalHref } from './page-paths.ts';
import { scanMdx, type Token } from './scan-mdx.ts';

export {
	CODE_LANGUAGES,
	GUIDE_SECTIONS,
	describeProblem,
	type GuideProblem,
} from './guide-problem.ts';

/** What the checker needs to know about one guide. */
export type GuideInput = {
	/** The guide's slug, which is also its file name and the cause id. */
	id: string;
	/** The parsed frontmatter, unvalidated. */
	frontmatter: unknown;
	/** The MDX body without frontmatter. */
	body: string;
	/** Every page path of the site (`/guides/certificate/`), to check internal links. */
	knownPaths: ReadonlySet<string>;
};

/** Returns every problem of a guide; an empty list means it is complete. */
export function checkGuide(input: GuideInput): GuideProblem[] {
	const tokens = scanMdx(input.body);
	return [
		...checkGuideFrontmatter(input),
		...checkSections(tokens),
		...checkCode(tokens),
		...checkDangers(tokens),
		...checkLinks(tokens, `/guides/${input.id}/`, input.knownPaths),
	];
}

/** Internal links of any page (guide or not) whose target page does not exist. */
export function checkPageLinks(
	body: string,
	fromPath: string,
	knownPaths: ReadonlySet<string>,
): GuideProblem[] {
	return checkLinks(scanMdx(body), fromPath, knownPaths);
}

/** The frontmatter rules alone: kind, the guide fields schema, and cause = file name. */
export function checkGuideFrontmatter({
	id,
	frontmatter,
}: Pick<GuideInput, 'id' | 'frontmatter'>): GuideProblem[] {
	const problems: GuideProblem[] = [];
	const kind = isRecord(frontmatter) ? frontmatter['kind'] : undefined;
	if (kind !== 'guide') problems.push({ type: 'not-a-guide', kind: String(kind) });
	const parsed = guideFieldsSchema.safeParse(frontmatter);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			problems.push({
				type: 'frontmatter',
				field: issue.path.join('.') || '(root)',
				message: issue.message,
			});
		}
	} else {
		if (parsed.data.cause !== id)
			problems.push({ type: 'cause-mismatch', cause: parsed.data.cause, id });
		for (const code of parsed.data.codes) {
			if (!CODE_ID.test(code)) problems.push({ type: 'code-id', code });
		}
	}
	return problems;
}

function checkSections(tokens: Token[]): GuideProblem[] {
	const problems: GuideProblem[] = [];
	const h2 = tokens.flatMap((t) => (t.type === 'heading' && t.depth === 2 ? [t] : []));
	let expected = 0;
	for (const heading of h2) {
		const index = GUIDE_SECTIONS.findIndex((s) => s === heading.text);
		if (index === -1)
			problems.push({
				type: 'unexpected-section',
				heading: heading.text,
				line: heading.line,
			});
		else if (index < expected)
			problems.push({
				type: 'section-order',
				section: heading.text,
				line: heading.line,
			});
		else expected = index + 1;
	}
	for (const section of GUIDE_SECTIONS) {
		if (!h2.some((h) => h.text === section)) problems.push({ type: 'missing-section', section });
		else if (sectionTokens(tokens, section).length === 0)
			problems.push({ type: 'empty-section', section });
	}
	const fix = sectionTokens(tokens, 'Fix');
	if (fix.length > 0 && !fix.some((t) => t.type === 'prose' && /^\s*\d+\.\s/.test(t.text))) {
		problems.push({ type: 'fix-not-numbered' });
	}
	return problems;
}

function checkDangers(tokens: Token[]): GuideProblem[] {
	const problems: GuideProblem[] = [];
	let section = '';
	let dangerAsideInSection = false;
	let backupSeen = false;
	let anyDanger = false;
	for (const token of tokens) {
		if (token.type === 'heading' && token.depth === 2) {
			section = token.text;
			dangerAsideInSection = false;
		} else if (token.type === 'aside' && token.variant === 'danger') {
			dangerAsideInSection = true;
		} else if (token.type === 'code') {
			for (const [offset, line] of token.text.split('\n').entries()) {
				if (BACKUP_PATTERN.test(line)) backupSeen = true;
				// Undo restores an earlier state; its commands may look risky but put things back.
				if (section === 'Undo') continue;
				for (const rule of dangersIn(line)) {
					anyDanger = true;
					const at = token.line + offset + 1;
					if (!dangerAsideInSection)
						problems.push({
							type: 'danger-without-aside',
							label: rule.label,
							line: at,
						});
					if (!backupSeen)
						problems.push({
							type: 'danger-without-backup',
							label: rule.label,
							line: at,
						});
				}
			}
		}
	}
	if (anyDanger && !sectionTokens(tokens, 'Undo').some((t) => t.type === 'code')) {
		problems.push({ type: 'undo-without-command' });
	}
	return problems;
}

function checkLinks(
	tokens: Token[],
	fromPath: string,
	knownPaths: ReadonlySet<string>,
): GuideProblem[] {
	return tokens.flatMap((t): GuideProblem[] => {
		if (t.type !== 'link') return [];
		const target = resolveInternalHref(t.href, fromPath);
		if (target === null || knownPaths.has(target) || CODE_PAGE_PATH.test(target)) return [];
		return [{ type: 'broken-link', href: t.href, target, line: t.line }];
	});
}

/** The tokens under a `##` heading, up to the next `##` heading. */
function sectionTokens(tokens: Token[], section: string): Token[] {
	const start = tokens.findIndex(
		(t) => t.type === 'heading' && t.depth === 2 && t.text === section,
	);
	if (start === -1) return [];
	const rest = tokens.slice(start + 1);
	const end = rest.findIndex((t) => t.type === 'heading' && t.depth === 2);
	return end === -1 ? rest : rest.slice(0, end);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

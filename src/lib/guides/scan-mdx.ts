/**
 * A line scanner for guide MDX bodies: headings, fenced code blocks, Starlight asides and links,
 * each with its line number. Deliberately small: guides are authored by us in plain Markdown, so
 * a full MDX parse would add weight without catching more.
 */

/** A `##` or deeper heading outside code. */
export type Heading = {
	type: 'heading';
	depth: number;
	text: string;
	line: number;
};
/**
 * A fenced code block: its language (empty when none), the rest of its opening line (`meta`, where
 * Expressive Code reads `title="…"`), its text, and whether its fence closes.
 */
export type CodeBlock = {
	type: 'code';
	lang: string;
	meta: string;
	text: string;
	line: number;
	closed: boolean;
};
/** The opening line of a Starlight aside such as `:::danger`. */
export type Aside = { type: 'aside'; variant: string; line: number };
/** A Markdown link or an href attribute outside code. */
export type Link = { type: 'link'; href: string; line: number };
/** Prose line outside code (used to see whether a section has content and numbered steps). */
export type Prose = { type: 'prose'; text: string; line: number };

export type Token = Heading | CodeBlock | Aside | Link | Prose;

const FENCE = /^\s*(`{3,}|~{3,})\s*([\w+-]*)(.*)$/;
const HEADING = /^(#{2,6})\s+(.+?)\s*#*\s*$/;
const ASIDE = /^\s*:::(\w+)/;
const MD_LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HREF = /href=["']([^"']+)["']/g;

/** Splits an MDX body into tokens in document order. */
export function scanMdx(body: string): Token[] {
	const tokens: Token[] = [];
	const lines = body.split(/\r?\n/);
	let fence: {
		marker: string;
		lang: string;
		meta: string;
		start: number;
		text: string[];
	} | null = null;
	for (const [index, raw] of lines.entries()) {
		const line = index + 1;
		if (fence) {
			if (raw.trim().startsWith(fence.marker) && raw.trim().replace(/[`~]/g, '') === '') {
				tokens.push({
					type: 'code',
					lang: fence.lang,
					meta: fence.meta,
					text: fence.text.join('\n'),
					line: fence.start,
					closed: true,
				});
				fence = null;
			} else {
				fence.text.push(raw);
			}
			continue;
		}
		const open = FENCE.exec(raw);
		if (open) {
			fence = {
				marker: open[1] ?? '```',
				lang: (open[2] ?? '').toLowerCase(),
				meta: (open[3] ?? '').trim(),
				start: line,
				text: [],
			};
			continue;
		}
		const heading = HEADING.exec(raw);
		if (heading) {
			tokens.push({
				type: 'heading',
				depth: (heading[1] ?? '').length,
				text: heading[2] ?? '',
				line,
			});
			continue;
		}
		const aside = ASIDE.exec(raw);
		if (aside) {
			tokens.push({ type: 'aside', variant: aside[1] ?? '', line });
			continue;
		}
		const withoutInlineCode = raw.replace(/`[^`]*`/g, '');
		for (const match of withoutInlineCode.matchAll(MD_LINK))
			tokens.push({ type: 'link', href: match[1] ?? '', line });
		for (const match of withoutInlineCode.matchAll(HREF))
			tokens.push({ type: 'link', href: match[1] ?? '', line });
		if (raw.trim() !== '' && raw.trim() !== ':::') tokens.push({ type: 'prose', text: raw, line });
	}
	if (fence !== null) {
		tokens.push({
			type: 'code',
			lang: fence.lang,
			meta: fence.meta,
			text: fence.text.join('\n'),
			line: fence.start,
			closed: false,
		});
	}
	return tokens;
}

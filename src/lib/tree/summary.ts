import { assertNever } from '../assert-never.ts';
import type { TreeIndex } from './tree-data.ts';
import { trailOf } from './trail.ts';
import { currentNode, type Walk } from './walk.ts';

/** Links the summary needs, resolved by the caller (the island knows the site's base URL). */
export interface SummaryLinks {
	/** Absolute URL of a guide from its docs slug, e.g. `guides/listener`. */
	readonly guide: (slug: string) => string;
	/** Absolute URL that reproduces this walk. */
	readonly walk: string;
}

/** The questions, answers and result as Markdown, ready to paste into a ticket; `error` names the error diagnosed. */
export function summaryMarkdown(
	tree: TreeIndex,
	walk: Walk,
	links: SummaryLinks,
	error = 'Remote Desktop 0x904 / 0x7',
): string {
	const lines = [`## ${error}: diagnosis`, ''];
	const trail = trailOf(tree, walk);
	if (trail.length === 0) lines.push('No questions answered yet.');
	trail.forEach((entry, i) => lines.push(`${i + 1}. ${entry.label} **${entry.answer}**`));
	lines.push('');
	const node = currentNode(tree, walk);
	switch (node.type) {
		case 'question':
			lines.push(`**Next question:** ${node.text}`);
			break;
		case 'outcome': {
			const cause = tree.causes.get(node.cause);
			lines.push(`**Likely cause:** ${cause?.title ?? node.cause}`, '', node.finding);
			if (cause) lines.push('', `**Guide:** ${links.guide(cause.guide)}`);
			break;
		}
		case 'unmatched':
			lines.push(
				'**Result:** no known cause matched.',
				'',
				node.finding,
				'',
				'Evidence to collect:',
			);
			for (const item of node.collect)
				lines.push(`- ${item.what}${item.command ? `: \`${item.command.code}\`` : ''}`);
			lines.push('', 'Where to get help:');
			for (const place of node.help) lines.push(`- [${place.title}](${place.url})`);
			break;
		default:
			return assertNever(node);
	}
	lines.push('', `**These answers:** ${links.walk}`);
	return lines.join('\n');
}

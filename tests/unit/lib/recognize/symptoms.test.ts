import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../../src/lib/recognize/recognize.ts';

/** Every quoted sentence ("…" or “…”) under a guide's "## Symptoms" heading. */
function symptomQuotes(): { guide: string; quote: string }[] {
	const dir = 'src/content/docs/guides';
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.flatMap((file) => {
			const text = readFileSync(`${dir}/${file}`, 'utf8');
			const start = text.indexOf('\n## Symptoms');
			if (start === -1) return [];
			const end = text.indexOf('\n## ', start + 5);
			const section = text.slice(start, end === -1 ? undefined : end);
			return [...section.matchAll(/"([^"]{6,400}?)"|“([^”]{6,400}?)”/gs)].map((m) => ({
				guide: file,
				quote: (m[1] ?? m[2] ?? '').replace(/\s+/g, ' '),
			}));
		});
}

const quotes = symptomQuotes();

describe('the symptoms the guides quote', () => {
	it('are many: the guides quote at least 15 dialog and event sentences', () => {
		expect(quotes.length).toBeGreaterThanOrEqual(15);
	});

	it.each(quotes)('$guide: "$quote" is recognised', ({ quote }) => {
		const found = recognize(quote, {}).sentences;
		expect(found.length).toBeGreaterThan(0);
	});

	it.each(quotes)(
		'$guide: "$quote" is recognised with a host name, curly quotes and a line break',
		({ quote }) => {
			const varied = quote
				.replace(/'/g, '\u2019')
				.replace(/ the remote computer /i, ' the remote computer "rds01.example.com" ')
				.replace(/ (\S+) (\S+)$/, ' $1\n   $2');
			expect(recognize(varied, {}).sentences.length).toBeGreaterThan(0);
		},
	);
});

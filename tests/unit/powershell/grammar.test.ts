import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fencedBlocks, powershellParser, sitePowerShell, syntaxProblems } from './grammar.ts';

const SCRIPT = 'src/collector/rdp-collect.ps1';
const blocks = sitePowerShell();
const report = (where: string, found: { line: number; text: string }[]): string[] =>
	found.map((p) => `${where}, line ${p.line}: ${p.text}`);

describe('PowerShell syntax', () => {
	it('the collector script parses', async () => {
		expect(report(SCRIPT, await syntaxProblems(readFileSync(SCRIPT, 'utf8')))).toEqual([]);
	});

	it('finds the blocks of the guides and of the tree', () => {
		expect(
			blocks.filter((b) => b.where.startsWith('src/content/docs/guides/')).length,
		).toBeGreaterThan(50);
		expect(blocks.filter((b) => b.where.startsWith('questions.json')).length).toBeGreaterThan(10);
	});

	it.each(blocks)('$where parses', async ({ where, code }) => {
		expect(report(where, await syntaxProblems(code))).toEqual([]);
	});

	it('names the file and line of a broken block', async () => {
		const mdx =
			'Intro\n\n```powershell\nGet-Service TermService\nif ($x -eq 1 { Get-Item C:\\ }\n```\n';
		const [block] = fencedBlocks('guides/broken.mdx', mdx);
		const found = report(block!.where, await syntaxProblems(block!.code));
		expect(found.length).toBeGreaterThan(0);
		expect(found[0]).toMatch(/^guides\/broken\.mdx:4, line 2: /);
	});

	it('reads indented blocks inside list items', () => {
		const mdx = '1. Run:\n\n   ```ps1\n   Get-Date\n   ```\n';
		expect(fencedBlocks('x.mdx', mdx)).toEqual([{ where: 'x.mdx:4', code: 'Get-Date' }]);
	});

	// When the grammar learns bare-word lists, BARE_WORD_LIST in grammar.ts can go.
	it('works around the grammar gap for bare-word argument lists, and only that gap', async () => {
		const p = await powershellParser();
		expect(p.parse('Format-List Id, Message')!.rootNode.hasError).toBe(true);
		expect(
			await syntaxProblems('Get-WinEvent -MaxEvents 5 |\n  Format-List Id,\n    Message'),
		).toEqual([]);
		expect(await syntaxProblems('Format-List Id, Message }')).not.toEqual([]);
	});
});

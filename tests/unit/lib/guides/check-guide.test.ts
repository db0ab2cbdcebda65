import { describe, expect, it } from 'vitest';
import {
	checkGuide,
	describeProblem,
	type GuideProblem,
} from '../../../../src/lib/guides/check-guide.ts';
import { readMdx } from './docs-files.ts';

const FIXTURES = 'tests/fixtures/guides';
const knownPaths = new Set(['/', '/guides/valid/', '/guides/other/']);

function problemsOf(name: string): GuideProblem[] {
	const fixture = readMdx(`${FIXTURES}/${name}.mdx`, FIXTURES);
	return checkGuide({
		id: 'valid',
		frontmatter: fixture.frontmatter,
		body: fixture.body,
		knownPaths,
	});
}

/** The problems of one type in a body of code blocks, under the valid fixture's frontmatter. */
function problemsOfBody(lines: string[], type: GuideProblem['type']): GuideProblem[] {
	const problems = checkGuide({
		id: 'valid',
		frontmatter: readMdx(`${FIXTURES}/valid.mdx`, FIXTURES).frontmatter,
		body: lines.join('\n'),
		knownPaths,
	});
	return problems.filter((p) => p.type === type);
}

describe('checkGuide on fixtures', () => {
	it('returns no problem for a complete guide', () => {
		expect(problemsOf('valid').map(describeProblem)).toEqual([]);
	});

	const broken: { fixture: string; type: GuideProblem['type']; mentions: string }[] = [
		{ fixture: 'missing-section', type: 'missing-section', mentions: 'Verify' },
		{ fixture: 'section-order', type: 'section-order', mentions: 'Verify' },
		{ fixture: 'unexpected-section', type: 'unexpected-section', mentions: 'Background' },
		{ fixture: 'empty-section', type: 'empty-section', mentions: 'Symptoms' },
		{ fixture: 'frontmatter', type: 'frontmatter', mentions: 'sources.1.publisher' },
		{ fixture: 'frontmatter', type: 'frontmatter', mentions: 'codes.0' },
		{ fixture: 'not-a-guide', type: 'not-a-guide', mentions: 'reference' },
		{ fixture: 'cause-mismatch', type: 'cause-mismatch', mentions: 'something-else' },
		{ fixture: 'code-id', type: 'code-id', mentions: 'disconnect/0x0904' },
		{ fixture: 'code-id', type: 'code-id', mentions: 'session/0x7' },
		{ fixture: 'no-code-block', type: 'no-code-block', mentions: 'code block' },
		{ fixture: 'code-language', type: 'code-language', mentions: 'ps-script' },
		{ fixture: 'unclosed-code', type: 'unclosed-code', mentions: 'never closed' },
		{ fixture: 'code-label', type: 'code-label', mentions: 'title="PowerShell' },
		{ fixture: 'code-label-shell', type: 'code-label-shell', mentions: '(PowerShell)' },
		{ fixture: 'folder-not-created', type: 'folder-not-created', mentions: 'C:\\rdp-backup' },
		{ fixture: 'variable-not-set', type: 'variable-not-set', mentions: '$serviceName' },
		{ fixture: 'fix-not-numbered', type: 'fix-not-numbered', mentions: 'numbered' },
		{
			fixture: 'danger-without-aside',
			type: 'danger-without-aside',
			mentions: 'Network Level Authentication',
		},
		{ fixture: 'danger-without-backup', type: 'danger-without-backup', mentions: 'backup' },
		{ fixture: 'undo-without-command', type: 'undo-without-command', mentions: 'Undo' },
		{ fixture: 'broken-link', type: 'broken-link', mentions: '/guides/no-such-guide/' },
		{ fixture: 'malformed-code-link', type: 'broken-link', mentions: '/codes/disconnect/0x0904/' },
	];

	it.each(broken)(
		'reports $type for the $fixture fixture, naming $mentions',
		({ fixture, type, mentions }) => {
			const problems = problemsOf(fixture).filter((p) => p.type === type);
			expect(problems.length).toBeGreaterThan(0);
			expect(problems.map(describeProblem).join('\n')).toContain(mentions);
		},
	);

	it('accepts a folder created in an earlier block, whatever the case of its letters', () => {
		expect(
			problemsOfBody(
				[
					'```powershell title="PowerShell"',
					'New-Item -ItemType Directory -Force C:\\work\\rdp-backup | Out-Null',
					'```',
					'```cmd title="Command Prompt"',
					'reg export HKLM\\X C:\\WORK\\RDP-BACKUP\\x.reg /y',
					'```',
				],
				'folder-not-created',
			),
		).toEqual([]);
	});

	it('reports a backup folder only created after its first use, once', () => {
		expect(
			problemsOfBody(
				[
					'```cmd title="Command Prompt"',
					'gpresult /H C:\\rdp-backup\\gp.html',
					'reg export HKLM\\X C:\\rdp-backup\\x.reg /y',
					'mkdir C:\\rdp-backup',
					'```',
				],
				'folder-not-created',
			),
		).toEqual([{ type: 'folder-not-created', folder: 'C:\\rdp-backup', line: 2 }]);
	});

	it('ignores automatic variables, $env: and single-quoted text in PowerShell blocks', () => {
		expect(
			problemsOfBody(
				[
					'```powershell title="PowerShell"',
					'Get-Item "$env:SystemRoot\\System32" | ForEach-Object { $_.Name; $PSItem }',
					"foreach ($name in 'a', 'b') { Write-Output '$notAVariable' $name $true $null }",
					'```',
				],
				'variable-not-set',
			),
		).toEqual([]);
	});

	it('does not report a danger in the Undo section', () => {
		const undoOnly = problemsOf('valid').filter((p) => p.type === 'danger-without-aside');
		expect(undoOnly).toEqual([]);
	});
});

/**
 * Rules for a guide's fenced code blocks: a known language, a closed fence, a label naming the
 * shell to paste into, PowerShell blocks that set every variable they use, and no command that
 * writes into a backup folder before a step creates it.
 */
import { CODE_LANGUAGES, type GuideProblem } from './guide-problem.ts';
import type { CodeBlock, Token } from './scan-mdx.ts';

/** The shell a label must name for each language; `null` means any non-empty label will do. */
const SHELL_BY_LANGUAGE: Record<
	(typeof CODE_LANGUAGES)[number],
	{ name: string; label: RegExp } | null
> = {
	powershell: { name: 'PowerShell', label: /PowerShell/ },
	cmd: { name: 'Command Prompt', label: /Command Prompt/ },
	batch: { name: 'Command Prompt', label: /Command Prompt/ },
	reg: { name: 'a registry file', label: /Registry|\.reg\b/i },
	ini: null,
	text: null,
};

/** Expressive Code's frame title, `title="…"` or `title='…'`, in a fence's meta string. */
const TITLE = /\btitle=(?:"([^"]*)"|'([^']*)')/;

/** The label of a code block, or `null` when it has none. */
export function codeLabel(meta: string): string | null {
	const match = TITLE.exec(meta);
	const label = (match?.[1] ?? match?.[2] ?? '').trim();
	return label === '' ? null : label;
}

/** Every problem of the guide's code blocks. */
export function checkCode(tokens: readonly Token[]): GuideProblem[] {
	const blocks = tokens.flatMap((t) => (t.type === 'code' ? [t] : []));
	if (blocks.length === 0) return [{ type: 'no-code-block' }];
	return [
		...blocks.flatMap(checkBlock),
		...blocks.flatMap(checkVariables),
		...checkFolders(blocks),
	];
}

function checkBlock(block: CodeBlock): GuideProblem[] {
	if (!block.closed) return [{ type: 'unclosed-code', line: block.line }];
	if (!isCodeLanguage(block.lang))
		return [{ type: 'code-language', lang: block.lang, line: block.line }];
	const label = codeLabel(block.meta);
	if (label === null) return [{ type: 'code-label', lang: block.lang, line: block.line }];
	const shell = SHELL_BY_LANGUAGE[block.lang];
	if (shell && !shell.label.test(label))
		return [
			{
				type: 'code-label-shell',
				lang: block.lang,
				label,
				shell: shell.name,
				line: block.line,
			},
		];
	return [];
}

function isCodeLanguage(lang: string): lang is (typeof CODE_LANGUAGES)[number] {
	return (CODE_LANGUAGES as readonly string[]).includes(lang);
}

/** PowerShell's automatic variables: set by PowerShell itself, never by the reader. */
const AUTOMATIC = new Set(
	[
		'_',
		'true',
		'false',
		'null',
		'PSItem',
		'args',
		'input',
		'LASTEXITCODE',
		'Matches',
		'Error',
		'HOME',
		'PWD',
		'Host',
	].map((name) => name.toLowerCase()),
);
const VARIABLE_USE = /\$(\w+)(?![\w:])/g;
const VARIABLE_SET = /\$(\w+)\s*(?:[+-]?=(?!=))|\bforeach\s*\(\s*\$(\w+)\s+in\b/gi;

/**
 * A PowerShell block must set every variable it reads: a reader may paste one step into a new
 * window, where a variable from an earlier step does not exist (then `$key` is empty and
 * `Move-Item $key` fails or acts on the wrong path).
 */
function checkVariables(block: CodeBlock): GuideProblem[] {
	if (block.lang !== 'powershell' || !block.closed) return [];
	// Single-quoted strings are literal in PowerShell: a `$` there is not a variable.
	const code = block.text.replace(/'[^'\n]*'/g, "''");
	const set = new Set(
		[...code.matchAll(VARIABLE_SET)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase()),
	);
	const reported = new Set<string>();
	return [...code.matchAll(VARIABLE_USE)].flatMap((m): GuideProblem[] => {
		const name = m[1] ?? '';
		const key = name.toLowerCase();
		if (AUTOMATIC.has(key) || set.has(key) || reported.has(key)) return [];
		reported.add(key);
		return [{ type: 'variable-not-set', variable: `$${name}`, line: block.line }];
	});
}

// A path root: a drive (C:), a cmd variable (%USERPROFILE%) or a PowerShell one ($env:TEMP).
const ROOT = String.raw`(?:\b[A-Za-z]:|%\w+%|\$env:\w+)`;
const SEGMENT = String.raw`[^\\\s"'<>|*?]+`;
/** A folder whose name contains "backup", used as a folder (followed by a backslash). */
const BACKUP_FOLDER_USE = new RegExp(
	String.raw`${ROOT}(?:\\${SEGMENT})*?\\[^\\\s"'<>|*?]*backup[^\\\s"'<>|*?]*(?=\\)`,
	'gi',
);
/** A command that creates a folder (and, with -Force or cmd's mkdir, its parents). */
const CREATES_FOLDER = /\bNew-Item\b.*-ItemType\s+['"]?Directory\b|(?:^|[\s;&(])(?:mkdir|md)\s/i;
const PATH = new RegExp(String.raw`${ROOT}(?:\\${SEGMENT})+`, 'g');

/**
 * Backup folders (the guides' convention: a folder named `*backup*`, such as `C:\rdp-backup`) must
 * be created by `New-Item -ItemType Directory` or `mkdir` in an earlier or the same block, on an
 * earlier or the same line, before a command writes into or reads from them. Document order
 * stands for step order.
 */
function checkFolders(blocks: readonly CodeBlock[]): GuideProblem[] {
	const created = new Set<string>();
	const problems: GuideProblem[] = [];
	for (const block of blocks) {
		block.text.split('\n').forEach((line, offset) => {
			if (CREATES_FOLDER.test(line)) {
				for (const [path] of line.matchAll(PATH))
					for (const dir of withParents(path)) created.add(dir);
			}
			for (const [folder] of line.matchAll(BACKUP_FOLDER_USE)) {
				if (created.has(folder.toLowerCase())) continue;
				problems.push({
					type: 'folder-not-created',
					folder,
					line: block.line + offset + 1,
				});
				// One report per folder is enough to point at the missing step.
				created.add(folder.toLowerCase());
			}
		});
	}
	return problems;
}

/** `C:\a\b` → `c:\a\b`, `c:\a` (lower case: Windows paths are case-insensitive). */
function withParents(path: string): string[] {
	const parts = path.replace(/\\+$/, '').toLowerCase().split('\\');
	return parts.slice(1).map((_, i) => parts.slice(0, i + 2).join('\\'));
}

/**
 * The problems a guide check can report, and the one-line message each gets at build time and in
 * the unit tests. Kept apart from the rules so that each rule module stays small.
 */
import { assertNever } from '../assert-never.ts';

/** The `##` sections of a guide, in the order a reader works through them. */
export const GUIDE_SECTIONS = ['Symptoms', 'Confirm it', 'Fix', 'Verify', 'Undo', 'Risks'] as const;

/** Code-block languages Expressive Code highlights and gives a copy button. */
export const CODE_LANGUAGES = ['powershell', 'cmd', 'batch', 'reg', 'ini', 'text'] as const;

export type GuideProblem =
	| { type: 'frontmatter'; field: string; message: string }
	| { type: 'not-a-guide'; kind: string }
	| { type: 'cause-mismatch'; cause: string; id: string }
	| { type: 'code-id'; code: string }
	| { type: 'missing-section'; section: string }
	| { type: 'section-order'; section: string; line: number }
	| { type: 'unexpected-section'; heading: string; line: number }
	| { type: 'empty-section'; section: string }
	| { type: 'no-code-block' }
	| { type: 'code-language'; lang: string; line: number }
	| { type: 'unclosed-code'; line: number }
	| { type: 'code-label'; lang: string; line: number }
	| {
			type: 'code-label-shell';
			lang: string;
			label: string;
			shell: string;
			line: number;
	  }
	| { type: 'folder-not-created'; folder: string; line: number }
	| { type: 'variable-not-set'; variable: string; line: number }
	| { type: 'fix-not-numbered' }
	| { type: 'danger-without-aside'; label: string; line: number }
	| { type: 'danger-without-backup'; label: string; line: number }
	| { type: 'undo-without-command' }
	| { type: 'broken-link'; href: string; target: string; line: number };

/** A label that passes the shell rule for a language, for the error message. */
function exampleLabel(lang: string): string {
	if (lang === 'powershell') return 'title="PowerShell (as administrator)"';
	if (lang === 'cmd' || lang === 'batch') return 'title="Command Prompt (as administrator)"';
	if (lang === 'reg') return 'title="Registry file (.reg)"';
	return 'title="Output"';
}

/** One line per problem, saying what is wrong and what to do. */
export function describeProblem(problem: GuideProblem): string {
	switch (problem.type) {
		case 'frontmatter':
			return `frontmatter field "${problem.field}": ${problem.message}`;
		case 'not-a-guide':
			return `frontmatter kind is "${problem.kind}"; a guide needs kind: guide`;
		case 'cause-mismatch':
			return `cause "${problem.cause}" differs from the file name "${problem.id}"; they must be equal`;
		case 'code-id':
			return `code "${problem.code}" is not a code id: use disconnect, extended, errorinfo, negotiation or reported, then /0x and lowercase hex without leading zeros`;
		case 'missing-section':
			return `missing the "## ${problem.section}" section`;
		case 'section-order':
			return `body line ${problem.line}: "## ${problem.section}" is out of order; use ${GUIDE_SECTIONS.join(', ')}`;
		case 'unexpected-section':
			return `body line ${problem.line}: "## ${problem.heading}" is not a guide section; use ### under one of ${GUIDE_SECTIONS.join(', ')}`;
		case 'empty-section':
			return `the "## ${problem.section}" section is empty`;
		case 'no-code-block':
			return 'no code block: give the exact commands in fenced blocks';
		case 'code-language':
			return `body line ${problem.line}: code block language "${problem.lang}" is not one of ${CODE_LANGUAGES.join(', ')}`;
		case 'unclosed-code':
			return `body line ${problem.line}: code block is never closed`;
		case 'code-label':
			return `body line ${problem.line}: the ${problem.lang} code block has no label; name its shell with title="…" after the language, e.g. ${exampleLabel(problem.lang)}`;
		case 'code-label-shell':
			return `body line ${problem.line}: the ${problem.lang} code block is labelled "${problem.label}", which does not name its shell (${problem.shell})`;
		case 'variable-not-set':
			return `body line ${problem.line}: the PowerShell block uses ${problem.variable} but never sets it; set it in the same block, so the step also works in a new window`;
		case 'folder-not-created':
			return `body line ${problem.line}: a command uses the folder ${problem.folder} before any step creates it; add New-Item -ItemType Directory -Force ${problem.folder} (PowerShell) or mkdir ${problem.folder} (Command Prompt) to this or an earlier step`;
		case 'fix-not-numbered':
			return 'the Fix section has no numbered steps (1. 2. 3.)';
		case 'danger-without-aside':
			return `body line ${problem.line}: ${problem.label} needs a :::danger aside earlier in the same section`;
		case 'danger-without-backup':
			return `body line ${problem.line}: ${problem.label} needs a backup command (reg export, icacls /save, Export-PfxCertificate, netsh advfirewall export, ...) before it`;
		case 'undo-without-command':
			return 'the guide changes risky settings but the Undo section shows no command to revert them';
		case 'broken-link':
			return `body line ${problem.line}: link "${problem.href}" leads to ${problem.target}, which is not a page of the site (code pages must look like /codes/disconnect/0x904/)`;
		default:
			return assertNever(problem);
	}
}

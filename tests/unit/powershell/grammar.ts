/**
 * A real PowerShell grammar for the tests: tree-sitter-powershell's shipped WebAssembly build,
 * loaded with web-tree-sitter. Also finds the PowerShell blocks of the guides and the tree's
 * checks, so every command the site prints is parsed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';

const require = createRequire(import.meta.url);
let parser: Parser | undefined;

/** The parser, loaded once. */
export async function powershellParser(): Promise<Parser> {
	if (parser) return parser;
	await Parser.init();
	const dir = dirname(require.resolve('tree-sitter-powershell/package.json'));
	const language = await Language.load(join(dir, 'tree-sitter-powershell.wasm'));
	parser = new Parser();
	parser.setLanguage(language);
	return parser;
}

/** A syntax problem: an ERROR or MISSING node, with its 1-based line. */
export interface SyntaxProblem {
	readonly line: number;
	readonly text: string;
}

function problems(root: Node): SyntaxProblem[] {
	const out: SyntaxProblem[] = [];
	const visit = (n: Node): void => {
		if (n.type === 'ERROR' || n.isMissing) {
			out.push({
				line: n.startPosition.row + 1,
				text: (n.isMissing ? `MISSING ${n.type}` : n.text).slice(0, 80),
			});
			return;
		}
		for (const c of n.children) visit(c);
	};
	visit(root);
	return out;
}

/**
 * tree-sitter-powershell 0.26 rejects bare-word lists as command arguments (`Format-List Id,
 * Message`), which PowerShell accepts (airbus-cert/tree-sitter-powershell, command arguments,
 * PR #51). A block that fails only for that is re-parsed with those words quoted; anything else
 * still fails. Line numbers stay the same (quoting adds no line).
 */
export const BARE_WORD_LIST =
	/(^|[\s(])((?:[A-Za-z_][\w.-]*[ \t]*,\s*)+[A-Za-z_][\w.-]*)(?=[\s)|;]|$)/gm;
const quoteLists = (code: string): string =>
	code.replace(
		BARE_WORD_LIST,
		(_m, pre: string, list: string) =>
			pre +
			list
				.split(/(,\s*)/)
				.map((w) => (/^,/.test(w) ? w : `'${w.trim()}'`))
				.join(''),
	);

/** The syntax problems of a PowerShell text (empty when it parses). */
export async function syntaxProblems(code: string): Promise<SyntaxProblem[]> {
	const p = await powershellParser();
	const first = problems(p.parse(code)!.rootNode);
	if (first.length === 0) return first;
	return problems(p.parse(quoteLists(code))!.rootNode);
}

/** A PowerShell block the site prints: where it is and its code. */
export interface Block {
	/** `file:line` of the block's first code line. */
	readonly where: string;
	readonly code: string;
}

const FENCE = /^(\s*)```(powershell|ps1|pwsh)\b/;

/** Fenced ```powershell / ```ps1 / ```pwsh blocks of one MDX text, indentation removed. */
export function fencedBlocks(file: string, text: string): Block[] {
	const lines = text.split('\n');
	const out: Block[] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = FENCE.exec(lines[i]!);
		if (!open) continue;
		const indent = open[1]!;
		const body: string[] = [];
		let j = i + 1;
		for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]!); j++)
			body.push(lines[j]!.startsWith(indent) ? lines[j]!.slice(indent.length) : lines[j]!);
		out.push({ where: `${file}:${i + 2}`, code: body.join('\n') });
		i = j;
	}
	return out;
}

/** Every PowerShell block of the guides and every PowerShell command of the tree's checks. */
export function sitePowerShell(): Block[] {
	const dir = 'src/content/docs/guides';
	const guides = readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.flatMap((f) => fencedBlocks(`${dir}/${f}`, readFileSync(`${dir}/${f}`, 'utf8')));
	// Questions live in every graph file (each error's tree has its own), not only questions.json.
	const graphDir = 'src/content/graph';
	const checks = readdirSync(graphDir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.flatMap((f) => {
			const part = JSON.parse(readFileSync(`${graphDir}/${f}`, 'utf8')) as {
				nodes: { id: string; check?: { commands: { lang: string; code: string }[] } }[];
			};
			return part.nodes.flatMap((n) =>
				(n.check?.commands ?? [])
					.map((c, i) => ({ c, i }))
					.filter(({ c }) => c.lang === 'powershell')
					.map(({ c, i }) => ({ where: `${f} ${n.id} command ${i + 1}`, code: c.code })),
			);
		});
	return [...guides, ...checks];
}

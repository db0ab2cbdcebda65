/**
 * Every regex that may read pasted or typed text, collected from the sources, so a regex added
 * later is timed without anyone listing it: the regex literals of the modules that read a paste
 * or a decoder query (found with the TypeScript parser, not a text search), the regexes those
 * modules build with `new RegExp` (the recognizer lists them all in RECOGNIZER_PATTERNS), and the
 * signature patterns of the knowledge graph (compiled at run time with `new RegExp`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { RECOGNIZER_PATTERNS } from '../../../../src/lib/recognize/patterns.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';

/** Folders whose code reads a paste or a decoder query (a missing folder is skipped). */
export const PASTE_READERS = [
	'src/lib/diagnose',
	'src/lib/codes',
	'src/lib/recognize',
	'src/components/islands/paste-diagnose',
	'src/components/islands/code-decoder',
];

/** A regex and where it comes from, for the test's name. */
export interface Inventoried {
	readonly where: string;
	readonly regex: RegExp;
}

function sourceFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.tsx?$/.test(f))
		.map((f) => join(dir, f));
}

/** Regex literals of one file, with their line numbers. */
export function regexLiterals(path: string): Inventoried[] {
	const text = readFileSync(path, 'utf8');
	const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
	const found: Inventoried[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isRegularExpressionLiteral(node)) {
			const literal = node.text;
			const end = literal.lastIndexOf('/');
			const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
			found.push({
				where: `${path}:${line} ${literal}`,
				regex: new RegExp(literal.slice(1, end), literal.slice(end + 1)),
			});
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

/**
 * The regexes of every paste-reading module: its literals, plus the recognizer's regexes that are
 * built at run time (code labels in ten languages) and so have no literal to find.
 */
export function libRegexes(): Inventoried[] {
	const literals = PASTE_READERS.flatMap(sourceFiles).flatMap(regexLiterals);
	const seen = new Set(literals.map(({ regex }) => `/${regex.source}/${regex.flags}`));
	const built = RECOGNIZER_PATTERNS.filter((r) => !seen.has(`/${r.source}/${r.flags}`)).map(
		(regex) => ({ where: `RECOGNIZER_PATTERNS /${regex.source.slice(0, 60)}…/`, regex }),
	);
	return [...literals, ...built];
}

/** Every `pattern` and `unless` of the graph's command-output signatures, with their flags. */
export function signatureRegexes(): Inventoried[] {
	return loadRealGraph().nodes.flatMap((n) =>
		n.type !== 'cause'
			? []
			: n.signatures.flatMap((s) =>
					s.type !== 'output'
						? []
						: [
								{
									where: `${n.id} ${s.id} pattern`,
									regex: new RegExp(s.pattern, s.flags),
								},
								...(s.unless === undefined
									? []
									: [
											{
												where: `${n.id} ${s.id} unless`,
												regex: new RegExp(s.unless, s.flags),
											},
										]),
							],
				),
	);
}

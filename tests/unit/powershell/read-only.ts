/**
 * Read-only by construction: walks a script's syntax tree and lists every command, method call,
 * type, redirection and property write that is not on the allow-list of reading operations.
 */
import type { Node } from 'web-tree-sitter';
import { powershellParser } from './grammar.ts';

/** Cmdlets that only read or shape data already read. */
const CMDLETS =
	/^(get|test|select|format|convertto|measure)-\w+$|^(where|foreach|sort|group)-object$|^(out-string|write-output|resolve-dnsname|join-path|split-path)$/i;
/** Switches that make a reading cmdlet write (Test-ComputerSecureChannel -Repair). */
const WRITING_SWITCHES = /^-(repair|force|confirm)$/i;
/** Executables, each with the argument forms that only read. */
const EXECUTABLES: Readonly<Record<string, (args: string[]) => boolean>> = {
	qwinsta: () => true,
	netstat: () => true,
	reg: (a) => a[0]?.toLowerCase() === 'query',
	certutil: (a) =>
		a.some((x) => /^-store$/i.test(x)) && !a.some((x) => /^-(del|add|repair|import)/i.test(x)),
	icacls: (a) =>
		!a.some((x) =>
			/^\/(grant|deny|remove|reset|setowner|save|restore|setintegritylevel|inheritance)/i.test(x),
		),
	w32tm: (a) => /^\/(query|stripchart|monitor)$/i.test(a[0] ?? ''),
	nltest: (a) => /^\/(sc_query|dsgetdc)/i.test(a[0] ?? ''),
};
/** .NET methods the script may call: they read or build strings. */
const METHODS = new Set(
	'tostring tolower toupper trim trimstart trimend replace split substring startswith endswith contains containskey isnullorempty escape getvalue getvaluenames translate touniversaltime adddays matches join format'.split(
		' ',
	),
);
/** Types the script may name. */
const TYPES = new Set([
	'regex',
	'string',
	'datetime',
	'int',
	'bool',
	'switch',
	'array',
	'byte[]',
	'int[]',
	'string[]',
	'system.security.principal.securityidentifier',
]);

/** One operation outside the allow-list. */
export interface Violation {
	readonly line: number;
	readonly text: string;
	readonly why: string;
}

function functionNames(root: Node): Set<string> {
	return new Set(
		root
			.descendantsOfType('function_statement')
			.map((f) => f.children.find((c) => c.type === 'function_name')?.text.toLowerCase() ?? ''),
	);
}

function checkCommand(n: Node, own: Set<string>): string | undefined {
	const name = n.childForFieldName('command_name');
	if (!name || name.type !== 'command_name')
		return 'runs a command whose name is computed (& or .)';
	const cmd = name.text.toLowerCase();
	const args = (n.childForFieldName('command_elements')?.children ?? [])
		.filter((c) => c.type !== 'command_argument_sep')
		.map((c) => c.text);
	if (own.has(cmd)) return undefined;
	if (CMDLETS.test(cmd)) {
		const bad = args.find((a) => WRITING_SWITCHES.test(a));
		return bad ? `passes ${bad}, which makes ${name.text} change the machine` : undefined;
	}
	const exe = EXECUTABLES[cmd.replace(/\.exe$/, '')];
	if (exe) return exe(args) ? undefined : `runs ${name.text} in a form that writes`;
	return `runs ${name.text}, which is not on the allow-list of reading commands`;
}

/** Every operation of the script outside the allow-list (empty when it only reads). */
export async function readOnlyViolations(code: string): Promise<Violation[]> {
	const root = (await powershellParser()).parse(code)!.rootNode;
	const own = functionNames(root);
	const out: Violation[] = [];
	const add = (n: Node, why: string): void =>
		void out.push({
			line: n.startPosition.row + 1,
			text: n.text.split('\n')[0]!.slice(0, 80),
			why,
		});
	for (const n of root.descendantsOfType('command')) {
		const why = checkCommand(n, own);
		if (why) add(n, why);
	}
	for (const n of root.descendantsOfType('invokation_expression')) {
		const method = n.children.find((c) => c.type === 'member_name')?.text.toLowerCase() ?? '';
		if (!METHODS.has(method)) add(n, `calls the method ${method}, which is not on the allow-list`);
	}
	for (const n of root.descendantsOfType('type_literal')) {
		const type = n.text.replace(/^\[|\]$/g, '').toLowerCase();
		if (!TYPES.has(type)) add(n, `uses the type ${type}, which is not on the allow-list`);
	}
	for (const n of root.descendantsOfType('redirection')) {
		if (!/\$null\s*$/i.test(n.text)) add(n, 'redirects output into a file');
	}
	for (const n of root.descendantsOfType('left_assignment_expression')) {
		if (n.descendantsOfType('member_access').length > 0)
			add(n, 'assigns to a property of an object');
	}
	return out.sort((a, b) => a.line - b.line);
}

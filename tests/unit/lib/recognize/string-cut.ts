import { fold } from '../../../../src/lib/recognize/fold.ts';
import { fixedRuns } from '../../../../src/lib/recognize/string-table.ts';

/**
 * True when `pattern` is cut from a string of Microsoft's string table: each of its `…`-separated
 * parts, folded as the recognizer folds text, is a run of the string's fixed text (the string with
 * `args` filled in, split at its other placeholders), and the parts come in the string's order.
 */
export function isCutFrom(
	pattern: string,
	source: { readonly text: string; readonly args: readonly string[] },
): boolean {
	const runs = fixedRuns(source.text, source.args).map((run) => fold(run).text);
	const parts = pattern
		.split('…')
		.map((part) => fold(part).text)
		.filter((part) => part !== '');
	let run = 0;
	let from = 0;
	for (const part of parts) {
		let at = -1;
		while (run < runs.length && (at = runs[run]!.indexOf(part, from)) === -1) {
			run++;
			from = 0;
		}
		if (at === -1) return false;
		from = at + part.length;
	}
	return parts.length > 0;
}

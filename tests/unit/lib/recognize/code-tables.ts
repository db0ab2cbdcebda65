/** The real code tables for tests, built as the island builds them from the decoder index. */
import { readdirSync, readFileSync } from 'node:fs';
import { codeTables, type CodeTables } from '../../../../src/lib/recognize/code-knowledge.ts';

export function realCodeTables(): CodeTables {
	const dir = 'src/content/codes';
	const entries = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.flatMap(
			(f) =>
				JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as {
					id: string;
					family: never;
					decimal: number;
					meaning: string;
					causes: string[];
					names: { value: string }[];
				}[],
		)
		.map((e) => ({ ...e, names: e.names.map((n) => n.value) }));
	return codeTables(entries);
}

#!/usr/bin/env node
// Writes src/lib/recognize/string-texts/: the strings of SENTENCE_STRINGS
// (localized-sentence-sources.ts) in every language of DUMP_LOCALES, read from a clone of the
// dump at the pinned commit. Usage:
//   WINDOWS_LANGUAGE_FILES=<clone or its .git> node scripts/string-table-texts.mjs
// then `npx prettier --write src/lib/recognize/string-texts`. The unit tests check the
// file against the same clone when the variable is set (tests/unit/lib/recognize/string-table.test.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { CONTROL_IDS, STRING_IDS } from '../src/lib/recognize/localized-sentence-sources.ts';
import {
	DUMP_LOCALES,
	readDialogTexts,
	readStringTable,
} from '../src/lib/recognize/string-table.ts';
import { readDumpFile } from './lib/windows-language-files.mjs';

const DIR = 'src/lib/recognize/string-texts';
const dir = process.env.WINDOWS_LANGUAGE_FILES;
if (!dir) throw new Error('set WINDOWS_LANGUAGE_FILES to a clone of m417z/windows-language-files');

const literal = (text) =>
	`'${text
		.replace(/\\/g, '\\\\')
		.replace(/'/g, "\\'")
		.replace(/\n/g, '\\n')
		.replace(/\r/g, '\\r')
		.replace(/[\u00a0\u202f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;

const HEADER = (what) => `/**
 * ${what}.
 * Microsoft's strings (see string-table.ts) by string id, escapes decoded, no-break spaces written
 * as escapes. Written by scripts/string-table-texts.mjs from the dump: do not edit by hand. Tests
 * read it; the browser never loads it.
 */
`;

const languages = Object.keys(DUMP_LOCALES);
mkdirSync(DIR, { recursive: true });
const module = (language) => `string-${language.toLowerCase()}`;
const key = (file, id) => (file === 'kernelbase' ? `0x${id.toString(16)}` : `${id}`);
for (const language of languages) {
	const lines = Object.entries(STRING_IDS).flatMap(([file, ids]) => {
		const table = readStringTable(readDumpFile(dir, language, file));
		return [
			`\t${file}: {`,
			...ids.map((id) => {
				const text = table.get(id);
				if (text === undefined) throw new Error(`${file} ${id} is missing from ${language}`);
				return `\t\t${key(file, id)}: ${literal(text)},`;
			}),
			'\t},',
		];
	});
	const controls = readDialogTexts(readDumpFile(dir, language, 'mstscax'));
	lines.push(
		'\tcontrols: {',
		...CONTROL_IDS.map((id) => {
			const text = controls.get(id);
			if (text === undefined) throw new Error(`control ${id} is missing from ${language}`);
			return `\t\t'${id}': ${literal(text)},`;
		}),
		'\t},',
	);
	writeFileSync(
		`${DIR}/${module(language)}.ts`,
		`${HEADER(`The strings of localized-sentence-sources.ts in ${language}`)}import type { StringTexts } from '../localized-sentence-sources.ts';

export default {
${lines.join('\n')}
} satisfies StringTexts;
`,
	);
}
const name = (language) => language.replace('-', '_').toUpperCase();
writeFileSync(
	`${DIR}/index.ts`,
	`${HEADER('Per language: the strings of localized-sentence-sources.ts')}import type { StringTexts } from '../localized-sentence-sources.ts';
${languages.map((l) => `import ${name(l)} from './${module(l)}.ts';`).join('\n')}

export const STRING_TEXTS: Readonly<Record<string, StringTexts>> = {
${languages.map((l) => `\t'${l}': ${name(l)},`).join('\n')}
};
`,
);
const count = Object.values(STRING_IDS).flat().length + CONTROL_IDS.length;
console.log(`${DIR}: ${count} strings in ${languages.length} languages`);

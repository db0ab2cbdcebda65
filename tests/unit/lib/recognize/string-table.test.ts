import { describe, expect, it } from 'vitest';
import { readDumpFile } from '../../../../scripts/lib/windows-language-files.mjs';
import { DIALOG_LABELS, labelKey } from '../../../../src/lib/codes/code-labels.ts';
import {
	CONTROL_IDS,
	LABEL_STRING,
	SENTENCE_STRINGS,
	STRING_IDS,
	stringSources,
} from '../../../../src/lib/recognize/localized-sentence-sources.ts';
import { localizedId } from '../../../../src/lib/recognize/localized-sentences.ts';
import { SENTENCES } from '../../../../src/lib/recognize/sentence-list.ts';
import { findSentences } from '../../../../src/lib/recognize/sentences.ts';
import {
	DUMP_LOCALES,
	dumpUrl,
	fixedRuns,
	type DumpFile,
	readDialogTexts,
	readStringTable,
	unescapeRc,
} from '../../../../src/lib/recognize/string-table.ts';
import { STRING_TEXTS } from '../../../../src/lib/recognize/string-texts/index.ts';
import { isCutFrom } from './string-cut.ts';

const byId = new Map(SENTENCES.map((s) => [s.id, s]));
/** Every localized sentence that has Microsoft's strings as sources: [English id, language]. */
const TWINS = Object.keys(SENTENCE_STRINGS).flatMap((english) =>
	Object.keys(DUMP_LOCALES)
		.filter((language) => byId.has(localizedId(english, language)) && language !== 'en')
		.map((language) => [english, language] as const),
);
/** A string as the dialog prints it: its arguments filled in, a computer name for the others. */
const printed = (text: string, args: readonly string[]): string =>
	fixedRuns(text, args).join('rdp01.contoso.com');
const ids = (text: string): string[] => findSentences(text).map((m) => m.sentence.id);

describe('reading the dump of mstscax.dll.mui', () => {
	it('decodes the escapes the dump writes, \\xNN as exactly two hex digits', () => {
		expect(unescapeRc('d\\xE9connect\\xE9e\\xA0: \\"%s\\"\\n\\\\')).toBe(
			'déconnectée\u00a0: "%s"\n\\',
		);
		expect(() => unescapeRc('\\t')).toThrow(/unknown escape \\t/);
	});

	it('reads the STRINGTABLE and MESSAGETABLE entries only, by id', () => {
		const rc = [
			'\uFEFF1 MUI "MUI1_1.bin"',
			' CONTROL "Not a string", 14001, STATIC',
			'STRINGTABLE',
			'LANGUAGE LANG_FRENCH, SUBLANG_FRENCH',
			'{',
			'  13606, \t"Une erreur interne s’est produite."',
			'  13642, \t"Code d’erreur\\xA0: 0x%x"',
			'}',
			'1 MESSAGETABLE',
			'{',
			'0x80090302,  \t"La fonction demand\\xE9e n’est pas prise en charge\\r\\n"',
			'}',
		].join('\r\n');
		expect([...readStringTable(rc)]).toEqual([
			[13606, 'Une erreur interne s’est produite.'],
			[13642, 'Code d’erreur\u00a0: 0x%x'],
			[0x80090302, 'La fonction demandée n’est pas prise en charge\r\n'],
		]);
	});

	it("reads the dialogs' control texts by dialog and control id", () => {
		const rc = [
			'14000 DIALOGEX 0, 0, 260, 83',
			'{',
			'   CONTROL "", 14001, STATIC, SS_LEFT',
			'}',
			'14014 DIALOGEX 0, 0, 260, 349',
			'{',
			'   CONTROL "Un \\"certificat\\" non v\\xE9rifi\\xE9.", 14001, STATIC, SS_LEFT',
			'}',
		].join('\r\n');
		expect([...readDialogTexts(rc)]).toEqual([
			['14000/14001', ''],
			['14014/14001', 'Un "certificat" non vérifié.'],
		]);
	});

	it('fills the first placeholders with the dialog values and splits at the others', () => {
		expect(fixedRuns('protocol error (code: 0x%x) on %s.', ['112f'])).toEqual([
			'protocol error (code: 0x112f) on ',
			'.',
		]);
	});

	it('points at the pinned commit of the dump', () => {
		expect(dumpUrl('ko')).toMatch(
			/^https:\/\/github\.com\/m417z\/windows-language-files\/blob\/[0-9a-f]{40}\/.+~ko-KR~\/.+_ko-kr_[0-9a-f]{16}\/mstscax\.dll\.mui\.rc$/,
		);
	});
});

describe("Microsoft's strings as evidence of localized sentences", () => {
	it('lists English sentences whose English string is the same message', () => {
		for (const [english, refs] of Object.entries(SENTENCE_STRINGS)) {
			const def = byId.get(english);
			expect(def?.language, english).toBe('en');
			for (const source of stringSources(english, 'en', STRING_TEXTS)) {
				const cut = def!.patterns.some((p) => isCutFrom(p, source));
				expect(cut, `${english} is not in English string ${source.id}`).toBe(true);
			}
			expect(refs.length).toBeGreaterThan(0);
		}
	});

	it('holds every listed string in every language', () => {
		for (const language of Object.keys(DUMP_LOCALES))
			for (const [file, ids] of Object.entries(STRING_IDS))
				expect(Object.keys(STRING_TEXTS[language]?.[file as DumpFile] ?? {}).map(Number)).toEqual(
					ids,
				);
		for (const language of Object.keys(DUMP_LOCALES))
			expect(Object.keys(STRING_TEXTS[language]?.controls ?? {})).toEqual(CONTROL_IDS);
	});

	it.each(Object.keys(DUMP_LOCALES))('gives the %s dialog labels of code-labels.ts', (language) => {
		// String 13642 prints each label before ": 0x%x".
		const text = STRING_TEXTS[language]?.mstscax[LABEL_STRING] ?? '';
		const labels = [...text.matchAll(/^(.+?)\s*[:：]\s*0x%x$/gm)].map((m) => labelKey(m[1]!));
		const listed = DIALOG_LABELS.filter((l) => l.language === language).map((l) =>
			labelKey(l.text),
		);
		expect(listed.sort()).toEqual(labels.sort());
		expect(labels).toHaveLength(2);
	});

	it('has twins in all nine other languages', () => {
		expect(new Set(TWINS.map(([, language]) => language)).size).toBe(9);
		expect(TWINS.length).toBeGreaterThan(150);
	});

	// The dialog's own text: with ’ and no-break spaces as Windows prints them, and as copies
	// often have them (straight quotes, plain spaces; a straight ' typed as ’ by an editor).
	it.each(TWINS)('a paste of the %s string in %s yields its twin', (english, language) => {
		const id = localizedId(english, language);
		for (const source of stringSources(english, language, STRING_TEXTS)) {
			const text = printed(source.text, source.args);
			const variants = [
				text,
				text.replace(/[\u2019]/g, "'").replace(/[\u00a0\u202f]/g, ' '),
				text.replace(/'/g, '\u2019').replace(/ /g, '\u00a0'),
				text.replace(/[«»]/g, '"'),
			];
			for (const variant of variants)
				expect(ids(variant), `${source.id} ${JSON.stringify(variant)}`).toContain(id);
		}
	});
});

// Run with WINDOWS_LANGUAGE_FILES=<clone of m417z/windows-language-files, or its bare git dir>:
// every text kept equals the dump's string at the pinned commit, character for character.
describe.skipIf(process.env.WINDOWS_LANGUAGE_FILES === undefined)('the dump itself', () => {
	it.each(Object.keys(DUMP_LOCALES))('holds the %s strings kept here', (language) => {
		for (const [file, ids] of Object.entries(STRING_IDS) as [DumpFile, readonly number[]][]) {
			const dir = process.env.WINDOWS_LANGUAGE_FILES!;
			const table = readStringTable(readDumpFile(dir, language, file));
			for (const id of ids)
				expect(STRING_TEXTS[language]?.[file][id], `${file} ${id}`).toBe(table.get(id));
		}
		const controls = readDialogTexts(readDumpFile(process.env.WINDOWS_LANGUAGE_FILES!, language));
		for (const id of CONTROL_IDS)
			expect(STRING_TEXTS[language]?.controls[id], `control ${id}`).toBe(controls.get(id));
	});
});

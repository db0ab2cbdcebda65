/**
 * Where the dialog labels of code-labels.ts were seen, per display language: a real copy of the
 * dialog, or the dialog's own string in Microsoft's resources for that language. Tests read it;
 * the browser does not need it.
 *
 * The resource string is number 13642 of mstscax.dll.mui ("Error code: 0x%x\nExtended error
 * code: 0x%x\nTimestamp (UTC): %s…"; mstsc.exe.mui string 15040 is the same text), read in a text
 * dump of Microsoft's Windows 11 24H2 language packs. Its zh-CN and ja strings equal the labels of
 * the real copies listed here, which is how we know the dump prints what the dialog prints.
 */
import { DUMP_LOCALES, dumpUrl } from '../recognize/string-table.ts';

/** Where string 13642 of mstscax.dll.mui is, for a language of the dump (string-table.ts). */
function stringTable(language: string): string {
	const locale = DUMP_LOCALES[language]![0];
	return `${dumpUrl(language)} (string 13642 of mstscax.dll.mui, Microsoft's ${locale} language pack for Windows 11 24H2, dumped as text)`;
}

const DE = stringTable('de');
const FR = stringTable('fr');
const ES = stringTable('es');
const IT = stringTable('it');
const PT_BR = stringTable('pt-BR');
const KO = stringTable('ko');
const RU = stringTable('ru');

/** Per BCP-47 language tag of DIALOG_LABELS: a URL and, in brackets, what kind of copy it is. */
export const LABEL_SOURCES: Readonly<Record<string, string>> = {
	en: 'https://github.com/sebaxakerhtc/rdpwrap.ini/issues/305 (Ctrl+C copy of the dialog)',
	'zh-CN': 'https://github.com/anhkgg/SuperRDP/issues/38 (Ctrl+C copy of the dialog)',
	ja: 'https://qiita.com/mtmana/items/424579c1b9738c7a18c1 (dialog text quoted)',
	de: DE,
	fr: FR,
	es: ES,
	it: IT,
	'pt-BR': PT_BR,
	ko: KO,
	ru: RU,
};

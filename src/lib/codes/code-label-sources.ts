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

/** The language packs as text: Windows 11 24H2 (build 26100.1), one folder per locale. */
const LANGUAGE_PACKS =
	'https://github.com/m417z/windows-language-files/blob/8470740e57fb0a9ff1175581f85bf11b4f801936/Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~';

/** Where string 13642 of mstscax.dll.mui is, for a locale and its component folder's hash. */
function stringTable(locale: string, folder: string): string {
	const path = `${locale}~/amd64_microsoft-windows-t..tivexcore.resources_31bf3856ad364e35_10.0.26100.1_${locale.toLowerCase()}_${folder}/mstscax.dll.mui.rc`;
	return `${LANGUAGE_PACKS}${path} (string 13642 of mstscax.dll.mui, Microsoft's ${locale} language pack for Windows 11 24H2, dumped as text)`;
}

const DE = stringTable('de-DE', 'c7c48379002ce246');
const FR = stringTable('fr-FR', '13382c54e203f612');
const ES = stringTable('es-ES', '7080b655ef31dfb0');
const IT = stringTable('it-IT', 'fd60229bb935db90');
const PT_BR = stringTable('pt-BR', '72518ff65bbeebaa');
const KO = stringTable('ko-KR', '42ef7e5d9ec1b481');
const RU = stringTable('ru-RU', 'b9d67126400fe9b2');

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

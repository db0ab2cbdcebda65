/**
 * Per language: the strings of localized-sentence-sources.ts.
 * Microsoft's strings (see string-table.ts) by string id, escapes decoded, no-break spaces written
 * as escapes. Written by scripts/string-table-texts.mjs from the dump: do not edit by hand. Tests
 * read it; the browser never loads it.
 */
import type { StringTexts } from '../localized-sentence-sources.ts';
import EN from './string-en.ts';
import DE from './string-de.ts';
import FR from './string-fr.ts';
import ES from './string-es.ts';
import IT from './string-it.ts';
import PT_BR from './string-pt-br.ts';
import JA from './string-ja.ts';
import ZH_CN from './string-zh-cn.ts';
import KO from './string-ko.ts';
import RU from './string-ru.ts';

export const STRING_TEXTS: Readonly<Record<string, StringTexts>> = {
	en: EN,
	de: DE,
	fr: FR,
	es: ES,
	it: IT,
	'pt-BR': PT_BR,
	ja: JA,
	'zh-CN': ZH_CN,
	ko: KO,
	ru: RU,
};

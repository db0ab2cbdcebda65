import { describe, expect, it } from 'vitest';
import { DIALOG_LABELS, labelKey } from '../../../../src/lib/codes/code-labels.ts';
import { LABEL_SOURCES } from '../../../../src/lib/codes/code-label-sources.ts';
import { buildCodeIndex, findCodes } from '../../../../src/lib/codes/find-codes.ts';
import { index } from './data.ts';

const codes = buildCodeIndex(index);
const read = (text: string) => findCodes(text, codes).map((m) => [m.ids, m.form, m.language]);

/**
 * String 13642 of mstscax.dll.mui per language pack, as the dumps cited in code-labels.ts hold
 * it, with the pair 0x904 / 0x7 and a time put in for its three placeholders.
 */
const DIALOGS: readonly [string, string][] = [
	[
		'de',
		'Fehlercode: 0x904\nErweiterter Fehlercode: 0x7\nZeitstempel (UTC): 11/08/21 11:24:10 AM\n\nZum Kopieren STRG+C drücken.',
	],
	[
		'fr',
		'Code d’erreur : 0x904\nCode d’erreur étendu : 0x7\nHorodatage (UTC) : 11/08/21 11:24:10 AM\n\nAppuyez sur Ctrl+C pour copier.',
	],
	[
		'es',
		'Código de error: 0x904\nCódigo de error extendido: 0x7\nMarca de tiempo (UTC): 11/08/21 11:24:10 AM\n\nPresione Ctrl+C para copiar.',
	],
	[
		'it',
		'Codice errore: 0x904\nCodice errore esteso: 0x7\nTimestamp (UTC): 11/08/21 11:24:10 AM\n\nPremi CTRL+C per copiare.',
	],
	[
		'pt-BR',
		'Código de erro: 0x904\nCódigo de erro estendido: 0x7\nCarimbo de data/hora (UTC): 11/08/21 11:24:10 AM\n\nPressione Ctrl+C para copiar.',
	],
	[
		'ko',
		'오류 코드: 0x904\n확장 오류 코드: 0x7\n타임스탬프(UTC): 11/08/21 11:24:10 AM\n\n복사하려면 Ctrl+C를 누르세요.',
	],
	[
		'ru',
		'Код ошибки: 0x904\nРасширенный код ошибки: 0x7\nМетка времени (UTC): 11/08/21 11:24:10 AM\n\nНажмите CTRL+C для копирования.',
	],
	// The same string of the zh-CN and ja packs, equal to the real copies the labels came from.
	[
		'zh-CN',
		'错误代码： 0x904\n扩展错误代码： 0x7\n时间戳 (UTC)： 11/08/21 11:24:10 AM\n\n按Ctrl+C进行复制。',
	],
	[
		'ja',
		'エラー コード: 0x904\n拡張エラー コード: 0x7\nタイムスタンプ (UTC): 11/08/21 11:24:10 AM\n\nCtrl+Cを押してコピーします。',
	],
];

describe('the dialog labels of each display language', () => {
	it.each(DIALOGS)('read the %s dialog as disconnect 0x904 and extended 0x7', (language, text) => {
		expect(read(text)).toEqual([
			[['disconnect/0x904'], 'error-code-label', language],
			[['extended/0x7'], 'extended-label', language],
		]);
	});

	// One line alone has no dialog shape: only its label tells the table.
	it.each(DIALOGS)('read each %s line alone in its own table', (language, text) => {
		const [error = '', extended = ''] = text.split('\n');
		expect(read(extended)).toEqual([[['extended/0x7'], 'extended-label', language]]);
		expect(read(error)).toEqual([[['disconnect/0x904'], 'error-code-label', language]]);
	});

	it('match the apostrophe Windows prints and the one a person types', () => {
		expect(read("Code d'erreur étendu : 0x7")).toEqual([
			[['extended/0x7'], 'extended-label', 'fr'],
		]);
	});

	it('need the label to start a word', () => {
		expect(read('Autofehlercode: 0x904')).toEqual([[['disconnect/0x904'], 'bare', undefined]]);
	});

	it('each name where they were seen, and no two share a key', () => {
		for (const l of DIALOG_LABELS)
			expect(LABEL_SOURCES[l.language], l.text).toMatch(/^https:\/\/\S+ \(.+\)$/);
		// A source for a language with no label is a leftover.
		const languages = new Set(DIALOG_LABELS.map((l) => l.language));
		expect(Object.keys(LABEL_SOURCES).filter((l) => !languages.has(l))).toEqual([]);
		const keys = DIALOG_LABELS.map((l) => labelKey(l.text));
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('cover the ten display languages of issue 12, both codes each', () => {
		for (const l of ['en', 'de', 'fr', 'es', 'it', 'pt-BR', 'ja', 'zh-CN', 'ko', 'ru'])
			for (const kind of ['error', 'extended'])
				expect(
					DIALOG_LABELS.filter((d) => d.language === l && d.kind === kind).length,
					`${l} ${kind}`,
				).toBe(1);
	});
});

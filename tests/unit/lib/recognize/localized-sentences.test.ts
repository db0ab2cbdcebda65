import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	LOCALIZED_CLIENT_SENTENCES,
	twinId,
	withTwinEvidence,
} from '../../../../src/lib/recognize/localized-sentences.ts';
import { recognize } from '../../../../src/lib/recognize/recognize.ts';
import { SENTENCES } from '../../../../src/lib/recognize/sentence-list.ts';

/** The corpus entries (tests/fixtures/corpus/index.json) that hold a localized copy. */
interface Entry {
	id: string;
	source: string;
	language: string;
}

const DIR = 'tests/fixtures/corpus';
const entries = (JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8')) as Entry[]).filter(
	(e) => e.language !== 'en',
);
const paste = (id: string): string => readFileSync(`${DIR}/${id}.txt`, 'utf8');
const found = (id: string): string[] =>
	recognize(paste(id), {}).sentences.map((s) => s.sentence.id);

describe('localized dialog sentences', () => {
	// Each copy from a public report, with the sentences it must yield.
	it.each([
		['oneremote-108-516-de', ['cannot-connect-prefix-de', 'remote-access-not-enabled-de']],
		['oneremote-996-516-de', ['cannot-connect-prefix-de', 'remote-access-not-enabled-de']],
		['teleport-280-zh-0x904', ['cannot-connect-generic-zh']],
		['superrdp-33-zh-reasons', ['cannot-connect-prefix-zh', 'remote-access-not-enabled-zh']],
		['zh-credssp', ['auth-function-not-supported-zh', 'credssp-oracle-zh', 'credssp-fwlink']],
		['reinstall-343-zh-credssp', ['auth-function-not-supported-zh', 'credssp-oracle-zh']],
		['qiita-ja-credssp', ['auth-function-not-supported-ja', 'credssp-oracle-ja', 'credssp-fwlink']],
		[
			'itlabz-it-credssp',
			['auth-function-not-supported-it', 'credssp-oracle-it', 'credssp-fwlink'],
		],
		['windoro-ru-credssp', ['auth-function-not-supported-ru']],
		['rdpwrap-2000-zh-credentials', ['credentials-did-not-work-zh']],
	])('%s yields %j', (id, ids) => {
		expect(found(id)).toEqual(ids);
	});

	it('tells the language of each copy from its sentences', () => {
		for (const [id, language] of [
			['windoro-ru-credssp', 'ru'],
			['itlabz-it-credssp', 'it'],
			['qiita-ja-credssp', 'ja'],
			['superrdp-33-zh-reasons', 'zh-CN'],
		] as const)
			expect(recognize(paste(id), {}).languages, id).toEqual([language]);
	});

	it('are each seen in a corpus copy of their language, so none is a guess', () => {
		for (const def of LOCALIZED_CLIENT_SENTENCES) {
			const copies = entries.filter(
				(e) => e.language === def.language && found(e.id).includes(def.id),
			);
			expect(copies.length, def.id).toBeGreaterThan(0);
			for (const c of copies) expect(c.source, c.id).toMatch(/^https:\/\//);
		}
	});

	it('are part of the recognizer, in a language other than English, with an English twin', () => {
		const ids = new Set(SENTENCES.map((s) => s.id));
		for (const def of LOCALIZED_CLIENT_SENTENCES) {
			expect(ids.has(def.id), def.id).toBe(true);
			expect(def.language).not.toMatch(/^(en|und)$/);
			// The English sentence with the same meaning lends its evidence.
			const twin = SENTENCES.find((s) => s.id === twinId(def.id));
			const own = SENTENCES.find((s) => s.id === def.id);
			expect(twin?.language, def.id).toBe('en');
			expect([own?.signature, own?.causes], def.id).toEqual([twin?.signature, twin?.causes]);
		}
	});
});

it('names the localized sentence whose English twin is gone', () => {
	expect(() => withTwinEvidence([])).toThrow(
		/localized sentence cannot-connect-prefix-de has no English twin "cannot-connect-prefix"/,
	);
});

describe('localized window titles', () => {
	it.each([
		['teleport-301-zh-0x904', 'mstsc'],
		['windoro-ru-credssp', 'mstsc'],
	])('%s was printed by %s, from its title line', (id, client) => {
		expect(recognize(paste(id), {}).client).toBe(client);
	});

	it('reads a title only alone on its line, not inside a sentence about it', () => {
		expect(recognize('关于远程桌面连接的问题', {}).client).toBeUndefined();
		expect(
			recognize('Ошибка: Подключение к удаленному рабочему столу не работает', {}).client,
		).toBe(undefined);
	});
});

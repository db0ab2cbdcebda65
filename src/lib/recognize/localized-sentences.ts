/**
 * Dialog texts of Remote Desktop clients in other display languages. Each was seen in a real copy
 * of the dialog, or of the text the Remote Desktop ActiveX control prints as its error
 * description, in a public report (the source is named above each entry here), or is cut from
 * Microsoft's own string of the dialog in that language (string-twins-*.ts; the string is named
 * in localized-sentence-sources.ts). A sentence takes the signature and causes of its English
 * twin, the sentence whose id is its own without the language suffix (`remote-access-not-enabled-de`
 * -> `remote-access-not-enabled`). Never add a translation that neither shows: a wrong one would
 * never match, or match the wrong dialog.
 */
import type { SentenceDef } from './sentence-list.ts';
import { CONNECT_TWINS } from './string-twins-connect.ts';
import { GATEWAY_TWINS } from './string-twins-gateway.ts';
import { SESSION_TWINS } from './string-twins-session.ts';

/** A localized sentence as written here: its evidence comes from its English twin. */
type LocalizedDef = Omit<SentenceDef, 'signature' | 'causes'>;

/** Per English sentence id, per BCP-47 tag: the twin's patterns, from Microsoft's strings. */
export type StringTwins = Readonly<
	Record<string, Readonly<Record<string, string | readonly string[]>>>
>;

/** The languages of Microsoft's strings, named for a localized sentence's `says`. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
	de: 'German',
	fr: 'French',
	es: 'Spanish',
	it: 'Italian',
	'pt-BR': 'Portuguese, Brazil',
	ja: 'Japanese',
	'zh-CN': 'Chinese',
	ko: 'Korean',
	ru: 'Russian',
};

/** The English twin's id: the localized id without its language suffix. */
export const twinId = (id: string): string => id.replace(/-[a-z]{2}$/, '');

/** A localized id: the English id and the language's primary subtag (`pt-BR` -> `-pt`). */
export const localizedId = (english: string, language: string): string =>
	`${english}-${language.slice(0, 2)}`;

/**
 * The localized sentences with their English twins' signature and causes, and the twin's id (an
 * error that lists the English sentence names the localized one too). The string twins add their
 * patterns to a corpus sentence of the same id, or make a new one that says what its English twin
 * says, in that language. Throws when a twin is missing (a renamed English sentence), naming the
 * localized id.
 */
export function withTwinEvidence(english: readonly SentenceDef[]): SentenceDef[] {
	const byId = new Map(english.map((s) => [s.id, s]));
	const twinOf = (id: string): SentenceDef => {
		const twin = byId.get(twinId(id));
		if (twin === undefined)
			throw new Error(`localized sentence ${id} has no English twin "${twinId(id)}"`);
		return twin;
	};
	const defs = new Map(LOCALIZED_CLIENT_SENTENCES.map((d) => [d.id, d]));
	for (const twins of [CONNECT_TWINS, SESSION_TWINS, GATEWAY_TWINS])
		for (const [englishId, byLanguage] of Object.entries(twins))
			for (const [language, patterns] of Object.entries(byLanguage)) {
				const id = localizedId(englishId, language);
				const twin = twinOf(id);
				const own = defs.get(id);
				const added = typeof patterns === 'string' ? [patterns] : patterns;
				defs.set(id, {
					id,
					kind: twin.kind,
					language,
					patterns: [...(own?.patterns ?? []), ...added],
					says: own?.says ?? `${twin.says} (${LANGUAGE_NAMES[language] ?? language})`,
				});
			}
	return [...defs.values()].map((def) => {
		const twin = twinOf(def.id);
		const evidence = twin.signature === undefined ? {} : { signature: twin.signature };
		return { ...def, ...evidence, causes: twin.causes, twin: twin.id };
	});
}

export const LOCALIZED_CLIENT_SENTENCES: readonly LocalizedDef[] = [
	{
		// 1Remote logs the control's German description of disconnect reason 516:
		// https://github.com/1Remote/1Remote/issues/108 and https://github.com/1Remote/1Remote/issues/996
		id: 'cannot-connect-prefix-de',
		kind: 'dialog',
		language: 'de',
		patterns: [
			'kann aus einem der folgenden gründe keine verbindung mit dem remotecomputer herstellen',
		],
		says: 'Remote Desktop could not connect (German); the reasons that follow say more',
	},
	{
		// Same sources as cannot-connect-prefix-de.
		id: 'remote-access-not-enabled-de',
		kind: 'dialog',
		language: 'de',
		patterns: ['der remotezugriff auf den server ist nicht aktiviert'],
		says: 'The German three-reasons dialog: remote access is off, the computer is off, or it is not reachable on the network',
	},
	{
		// Ctrl+C copy of the dialog: https://github.com/tp4a/teleport/issues/280
		id: 'cannot-connect-generic-zh',
		kind: 'dialog',
		language: 'zh-CN',
		patterns: ['此计算机无法连接到远程计算机'],
		says: 'The generic Remote Desktop Connection failure (Chinese), without a reason',
	},
	{
		// The first line of the three-reasons dialog: https://github.com/anhkgg/SuperRDP/issues/33
		id: 'cannot-connect-prefix-zh',
		kind: 'dialog',
		language: 'zh-CN',
		patterns: ['远程桌面由于以下原因之一无法连接到远程计算机'],
		says: 'Remote Desktop could not connect (Chinese); the reasons that follow say more',
	},
	{
		// Copy of the dialog: https://github.com/anhkgg/SuperRDP/issues/33
		id: 'remote-access-not-enabled-zh',
		kind: 'dialog',
		language: 'zh-CN',
		patterns: ['未启用对服务器的远程访问'],
		says: 'The Chinese three-reasons dialog: remote access is off, the computer is off, or it is not reachable on the network',
	},
	{
		// The CredSSP dialog as quoted in https://tech.18miaoxing.cn/archives/68099 (a blog post) and
		// in https://github.com/bin456789/reinstall/issues/343.
		id: 'auth-function-not-supported-zh',
		kind: 'dialog',
		language: 'zh-CN',
		patterns: ['出现身份验证错误…要求的函数不受支持'],
		says: 'Authentication failed because client and server do not support the same function (Chinese)',
	},
	{
		// Same source as auth-function-not-supported-zh ("CredSSP 加密 Oracle 修正"); other Windows
		// versions print "CredSSP加密数据库修正": https://github.com/bin456789/reinstall/issues/343
		id: 'credssp-oracle-zh',
		kind: 'dialog',
		language: 'zh-CN',
		patterns: ['credssp…加密 oracle 修正', 'credssp…加密数据库修正'],
		says: 'The CredSSP update levels of client and server do not match (Chinese dialog)',
	},
	{
		// The CredSSP dialog as quoted in https://qiita.com/fjtter/items/be213ff906b17809bf92
		id: 'auth-function-not-supported-ja',
		kind: 'dialog',
		language: 'ja',
		patterns: ['認証エラーが発生しました…要求された関数はサポートされていません'],
		says: 'Authentication failed because client and server do not support the same function (Japanese)',
	},
	{
		// Same source as auth-function-not-supported-ja.
		id: 'credssp-oracle-ja',
		kind: 'dialog',
		language: 'ja',
		patterns: ['credssp 暗号化オラクルの修復'],
		says: 'The CredSSP update levels of client and server do not match (Japanese dialog)',
	},
	{
		// The CredSSP dialog as quoted in https://itlabz10.tk/archives/1364 (a blog post).
		id: 'auth-function-not-supported-it',
		kind: 'dialog',
		language: 'it',
		patterns: ['errore di autenticazione…la funzione richiesta non è supportata'],
		says: 'Authentication failed because client and server do not support the same function (Italian)',
	},
	{
		// Same source as auth-function-not-supported-it.
		id: 'credssp-oracle-it',
		kind: 'dialog',
		language: 'it',
		patterns: ['correzione crittografia oracle per credssp'],
		says: 'The CredSSP update levels of client and server do not match (Italian dialog)',
	},
	{
		// The CredSSP dialog as quoted in https://windoro.ru/0xc07-udalennyj-rabochij-stol-windows-10
		// (a blog post; the same two sentences head https://skillmaker.ru/fr/security/ukazannaya-funkciya-ne-podderzhivaetsya-proizoshla-oshibka-proverki).
		id: 'auth-function-not-supported-ru',
		kind: 'dialog',
		language: 'ru',
		patterns: ['произошла ошибка проверки подлинности…указанная функция не поддерживается'],
		says: 'Authentication failed because client and server do not support the same function (Russian)',
	},
	{
		// "你的凭据不起作用", quoted twice from the dialog: https://github.com/stascorp/rdpwrap/issues/2000
		id: 'credentials-did-not-work-zh',
		kind: 'dialog',
		language: 'zh-CN',
		patterns: ['你的凭据不起作用'],
		says: 'The sign-in was refused (Chinese "Your credentials did not work")',
	},
];

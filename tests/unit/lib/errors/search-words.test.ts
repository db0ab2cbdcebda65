import { describe, expect, it } from 'vitest';
import {
	codeOwner,
	codeWordsByError,
	localizedWords,
	logNames,
} from '../../../../src/lib/errors/search-words.ts';
import { SENTENCES } from '../../../../src/lib/recognize/sentence-list.ts';
import type { SentenceDef } from '../../../../src/lib/recognize/sentence-list.ts';
import type { CodeEntry } from '../../../../src/schemas/codes.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';

type Code = Pick<CodeEntry, 'id' | 'family' | 'hex' | 'decimal'>;
const code = (id: string): Code => {
	const [family, hex] = id.split('/') as [Code['family'], string];
	return { id, family, hex, decimal: Number.parseInt(hex, 16) };
};
const error = (
	id: string,
	codes: string[],
	title = `Title of ${id}`,
	sentences: string[] = [],
) => ({
	id,
	title,
	codes,
	sentences,
});

describe('which error a code search lands on', () => {
	it('gives a code listed by one error to that error', () => {
		expect(
			codeOwner(code('disconnect/0x204'), [error('error-0x204', ['disconnect/0x204'])])?.id,
		).toBe('error-0x204');
	});

	it('gives a code listed by several errors to the one whose title names it, else the most specific', () => {
		const many = error('error-credentials', [
			'disconnect/0x807',
			'disconnect/0xa07',
			'extended/0x9',
		]);
		const named = error(
			'error-0x907',
			['reported/0x907', 'disconnect/0x807'],
			'Error code 0x907 or 0x807',
		);
		const unnamed = { ...named, title: 'Certificate error' };
		expect(codeOwner(code('disconnect/0x807'), [many, named])?.id).toBe('error-0x907');
		expect(codeOwner(code('disconnect/0x807'), [named, many])?.id).toBe('error-0x907');
		expect(codeOwner(code('disconnect/0x807'), [many, unnamed])?.id).toBe('error-0x907');
		expect(codeOwner(code('extended/0x9'), [many, named])?.id).toBe('error-credentials');
	});

	it('lets a number stand for its code in the table the dialog shows first', () => {
		const codes = ['disconnect/0x104', 'extended/0x104', 'errorinfo/0x104', 'extended/0x4'].map(
			code,
		);
		const words = codeWordsByError(
			[
				error('error-0x104', ['disconnect/0x104'], 'Error code 0x104'),
				error('error-licensing', ['extended/0x104', 'errorinfo/0x104', 'extended/0x4']),
			],
			codes,
		);
		// The code page's title shows 0x104, like the error's: the field weighs as the code's.
		expect(words.get('error-0x104')).toEqual(new Map([['error_disconnect', ['0x104']]]));
		// 0x104 stands for the disconnect code, so the licensing error gets only 0x4, in the field
		// that makes up for the title of the code page, which shows 0x4 where the error's does not.
		expect(words.get('error-licensing')).toEqual(new Map([['error_extended_untitled', ['0x4']]]));
	});

	it('weighs all numbers of an error as its first table, so its fields never add up', () => {
		const fields = codeWordsByError(
			[error('error-x', ['freerdp/0x20014', 'disconnect/0x2107'])],
			['freerdp/0x20014', 'disconnect/0x2107'].map(code),
		);
		expect(fields.get('error-x')).toEqual(
			new Map([['error_disconnect_untitled', ['0x20014', '0x2107']]]),
		);
	});

	it('gives an error only the spellings a dialog shows, hex in both cases', () => {
		const fields = codeWordsByError(
			[error('error-g', ['errorinfo/0x112f'], 'Protocol error (code: 0x112f)')],
			[code('errorinfo/0x112f')],
		);
		expect(fields.get('error-g')).toEqual(new Map([['error_errorinfo', ['0x112f', '0x112F']]]));
	});

	it('gives no error a number that stands for a code no error lists', () => {
		const words = codeWordsByError(
			[error('error-nla', ['negotiation/0x5'])],
			['extended/0x5', 'negotiation/0x5'].map(code),
		);
		expect(words.get('error-nla')).toEqual(new Map());
	});

	it('gives each code number of the real graph to one error at most', () => {
		const graph = loadRealGraph();
		const errors = graph.nodes.flatMap((n) => (n.type === 'error' ? [n] : []));
		const codes = [...new Set(errors.flatMap((e) => e.codes))].map(code);
		const words = [...codeWordsByError(errors, codes).values()].flatMap((fields) =>
			[...fields.values()].flat(),
		);
		expect(words.length).toBeGreaterThan(0);
		expect(new Set(words).size).toBe(words.length);
		expect(words).toContain('0x204');
	});
});

describe('log names and dialogs in other languages', () => {
	const gateway = error('error-rd-gateway', [], 'RD Gateway', ['gateway-ts-connect-failed']);
	const credentials = error('error-credentials', [], 'Credentials', ['credentials-did-not-work']);

	it('prints the gateway error names in upper case, as FreeRDP logs them', () => {
		expect(logNames(gateway, SENTENCES)).toEqual(['E_PROXY_TS_CONNECTFAILED']);
		expect(logNames(credentials, SENTENCES)).toEqual([]);
	});

	it('cuts a Chinese dialog into words and keeps the whole sentence', () => {
		const words = localizedWords(credentials, SENTENCES);
		expect(words).toContain('你的凭据不起作用');
		expect(words).toContain('凭据');
		expect(localizedWords(gateway, SENTENCES)).toEqual([]);
	});

	it('joins neighbouring Chinese words, so a compound such as 远程桌面 is a word', () => {
		const sentence: SentenceDef = {
			id: 'x-zh',
			twin: 'x',
			kind: 'dialog',
			language: 'zh-CN',
			patterns: ['远程桌面由于以下原因之一无法连接到远程计算机'],
			causes: [],
			says: 'test',
		};
		const words = localizedWords(error('e', [], 'E', ['x']), [sentence]);
		expect(words).toContain('远程桌面');
	});
});

// The real `npm start` server (scripts/serve.mjs) over the build under test, sent hostile raw
// requests: it must stay up, never redirect off-site, never serve a file outside the build, and
// send the build's _headers rules on pages, assets and 404s.
import {
	copyFileSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/headers/headers-file';
import { basePath, DIST } from './support/built-site';
import { type RawResponse, rawRequest, type Served, startServer } from './support/serve';

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const asset = `${basePath}_astro/${readdirSync(join(DIST, '_astro'))[0]}`;
const notFoundPage = readFileSync(join(DIST, '404.html'), 'latin1');
// Text of files next to the build that a traversal would reach.
const OUTSIDE = ['"name": "rdp-troubleshooter"', 'root:x:0:0'];

// Off-site redirect attempts first, then traversal, then text that breaks URL parsers: a
// server that dies on one still shows which kinds it got wrong before.
const hostile = [
	'/.//evil.example/..%2fguides',
	`${basePath}.//evil.example/..%2fguides`,
	'//evil.example/guides',
	'/\\evil.example/guides',
	'/%2f%2fevil.example/guides',
	'http://evil.example/guides/',
	'/../package.json',
	'/..%2fpackage.json',
	'/%2e%2e/package.json',
	'/%2e%2e%2fpackage.json',
	'/..%5cpackage.json',
	`${basePath}_astro/..%2f..%2fpackage.json`,
	`${basePath}..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd`,
	'/../../../../../../etc/passwd',
	'/%00',
	'/index.html%00.png',
	'/\0',
	`/${'a/'.repeat(4000)}`,
	`/${'a'.repeat(20_000)}`,
	`/${'%'.repeat(5000)}`,
	`${basePath}${'*:'.repeat(3000)}`,
	'//[',
	'//a:b',
	'//%',
];

// Undefined when the server failed to start (beforeAll then reports why).
let served: Served | undefined;
const answers = new Map<string, RawResponse>();

beforeAll(async () => {
	served = await startServer();
	const noAnswer: RawResponse = { status: 0, headers: new Map(), body: '' };
	for (const target of hostile)
		answers.set(target, await rawRequest(served.port, target).catch(() => noAnswer));
});
afterAll(() => {
	served?.stop();
});

/** The server beforeAll started. */
function server(): Served {
	if (!served) throw new Error('the server did not start (see beforeAll)');
	return served;
}

describe('hostile requests', () => {
	it('leave the server up: a normal request afterwards succeeds', async () => {
		expect(server().child.exitCode).toBeNull();
		expect((await rawRequest(server().port, basePath)).status).toBe(200);
	});

	it.each(
		hostile.map((t) => [
			t.length > 60 ? `${t.slice(0, 40)}… (${t.length} characters)` : JSON.stringify(t),
			t,
		]),
	)(
		'%s gets an answer that stays on this site and serves nothing from outside the build',
		(_, target) => {
			const answer = answers.get(target)!;
			expect(answer.status, 'the connection closed without an answer').toBeGreaterThan(0);
			const location = answer.headers.get('location');
			if (location !== undefined) expect(location).toMatch(/^\/(?![/\\])/);
			for (const text of OUTSIDE) expect(answer.body).not.toContain(text);
		},
	);
});

describe('responses carry the rules of dist/_headers', () => {
	const expectRules = (answer: RawResponse, path: string) => {
		const expected = headersFor(rules, path);
		expect(expected.size).toBeGreaterThan(0);
		for (const [name, value] of expected)
			expect(answer.headers.get(name.toLowerCase()), name).toBe(value);
		expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
		expect(answer.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	};

	it('on a page, which revalidates', async () => {
		const answer = await rawRequest(server().port, `${basePath}guides/`);
		expect(answer.status).toBe(200);
		expectRules(answer, `${basePath}guides/`);
		expect(answer.headers.get('cache-control')).toBe('no-cache');
	});

	it('on a hashed /_astro/ file, cached for a year as immutable', async () => {
		const answer = await rawRequest(server().port, asset);
		expect(answer.status).toBe(200);
		expectRules(answer, asset);
		expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	});

	it('on an unknown path, answered with 404.html and status 404', async () => {
		const path = `${basePath}no-such-page/`;
		const answer = await rawRequest(server().port, path);
		expect(answer.status).toBe(404);
		expect(answer.body).toBe(notFoundPage);
		expectRules(answer, path);
	});
});

it('redirects a folder without its trailing slash to it, keeping the query', async () => {
	const answer = await rawRequest(server().port, `${basePath}guides?tree=a`);
	expect(answer.status).toBe(301);
	expect(answer.headers.get('location')).toBe(`${basePath}guides/?tree=a`);
});

it('keeps _headers to itself, as static hosts do', async () => {
	expect((await rawRequest(server().port, `${basePath}_headers`)).status).toBe(404);
});

it('answers HEAD without a body and refuses other methods', async () => {
	const head = await rawRequest(server().port, basePath, 'HEAD');
	expect([head.status, head.body]).toEqual([200, '']);
	expect((await rawRequest(server().port, basePath, 'POST')).status).toBe(405);
});

it('survives a file that a new build removed after start-up', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'serve-'));
	for (const file of ['index.html', '404.html', '_headers'])
		copyFileSync(join(DIST, file), join(dir, file));
	writeFileSync(join(dir, 'gone.txt'), 'soon gone');
	const stale = await startServer(dir);
	try {
		rmSync(join(dir, 'gone.txt'));
		await rawRequest(stale.port, `${basePath}gone.txt`).catch(() => undefined);
		expect((await rawRequest(stale.port, basePath)).status).toBe(200);
		expect(stale.child.exitCode).toBeNull();
	} finally {
		stale.stop();
		rmSync(dir, { recursive: true });
	}
});

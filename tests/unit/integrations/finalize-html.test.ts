import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { finalizeHtml } from '../../../src/integrations/finalize-html';

const icon =
	'<svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M1 2h3"/></svg>';
const page = (body: string) =>
	`<!doctype html><html><head><meta charset="utf-8"></head><body>${icon}${body}</body></html>`;
// Random base64 barely compresses: about 16 KB gzipped, over the 14,336 B budget.
const heavy = `<p>${randomBytes(16_000).toString('base64')}</p>`;

/** Writes the pages into a fresh build folder and runs the integration's build:done hook on it. */
async function build(pages: Record<string, string>): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'finalize-html-'));
	await mkdir(join(root, '_astro'));
	for (const [path, html] of Object.entries(pages)) {
		await mkdir(join(root, path), { recursive: true });
		await writeFile(join(root, path, 'index.html'), html);
	}
	const hooks = finalizeHtml().hooks as Record<string, (options: unknown) => Promise<void> | void>;
	await hooks['astro:config:done']!({ config: { base: '/' } });
	const logger = { info: () => undefined };
	await hooks['astro:build:done']!({ dir: pathToFileURL(`${root}/`), logger });
	return root;
}

describe('finalizeHtml', () => {
	it('fails the build naming a guide whose HTML is over the gzip budget', async () => {
		await expect(
			build({ '': page('<p>home</p>'), 'guides/heavy': page(heavy), codes: page(heavy) }),
		).rejects.toThrow(
			/^Over the one-round-trip HTML budget[^\n]*\n\/guides\/heavy\/: \d+ B gzipped, over the 14336 B budget by \d+ B$/,
		);
	});

	it('fails the build for a home page over the budget', async () => {
		await expect(build({ '': page(heavy) })).rejects.toThrow(/\n\/: \d+ B gzipped/);
	});

	it('moves icons into one sprite file the pages point at', async () => {
		const root = await build({ '': page('<p>home</p>'), 'guides/a': page('<p>a</p>') });
		const [sprite] = (await readdir(join(root, '_astro'))).filter((f) =>
			/^icons\.[0-9a-f]{10}\.svg$/.test(f),
		);
		expect(sprite).toBeDefined();
		expect(await readFile(join(root, '_astro', sprite!), 'utf8')).toContain('<path d="M1 2h3"/>');
		for (const path of ['', 'guides/a']) {
			const html = await readFile(join(root, path, 'index.html'), 'utf8');
			expect(html).toMatch(
				new RegExp(`<use href="/_astro/${sprite!.replace('.', '\\.')}#i[\\w-]{8}"/>`),
			);
			expect(html).not.toContain('M1 2h3');
		}
	});
});

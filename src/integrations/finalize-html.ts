/**
 * Astro integration: the last pass over every built HTML page.
 * 1. Moves <style> elements that Astro leaves in <body> into <head> (valid HTML).
 * 2. Writes a CSP meta tag whose script hashes come from that page's final HTML. Astro's own
 *    `security.csp` was tried first: with Starlight it left inline scripts unhashed, and its style
 *    hashes switch off 'unsafe-inline' for style attributes, which Starlight's icons rely on.
 * 3. Moves every one-path icon into one cached sprite file (src/lib/html/icon-sprite.ts).
 * 4. Fails the build when the home page or a guide is over its gzipped HTML budget
 *    (src/lib/quality/html-budget.ts), naming each page and its size.
 * 5. Writes dist/_headers (Netlify / Cloudflare Pages format; scripts/serve.mjs applies it too):
 *    the header policy allowing every page's inline scripts, security and cache headers.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineScripts, withPolicy } from '../lib/csp/policy.ts';
import { formatHeadersFile } from '../lib/headers/headers-file.ts';
import { siteHeaderRules } from '../lib/headers/site-headers.ts';
import { hoistBodyStyles } from '../lib/html/hoist-styles.ts';
import { collectIcons, spriteFile, withSpriteIcons, type Icon } from '../lib/html/icon-sprite.ts';
import { htmlBudgetProblems } from '../lib/quality/html-budget.ts';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

const HEADERS_COMMENT = `Written by the build (src/integrations/finalize-html.ts); edits are lost on the next build.
Netlify and Cloudflare Pages read this file; npm start (scripts/serve.mjs) applies it the same way.`;

export function finalizeHtml(): AstroIntegration {
	let base = '/';
	return {
		name: 'rdp-troubleshooter:finalize-html',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = new Map<string, string>();
				for await (const file of htmlFiles(root)) pages.set(file, await readFile(file, 'utf8'));
				const icons = new Map<string, Icon>();
				for (const html of pages.values()) collectIcons(html, icons);
				const sprite = spriteFile(icons.values());
				const spriteName = `_astro/icons.${createHash('sha256').update(sprite).digest('hex').slice(0, 10)}.svg`;
				await writeFile(join(root, spriteName), sprite);
				const scripts = new Set<string>();
				const written: { path: string; html: string }[] = [];
				for (const [file, page] of pages) {
					const html = withPolicy(hoistBodyStyles(withSpriteIcons(page, base + spriteName)));
					for (const script of inlineScripts(html)) scripts.add(script);
					await writeFile(file, html);
					const path = relative(root, file)
						.split(sep)
						.join('/')
						.replace(/(^|\/)index\.html$/, '$1');
					written.push({ path, html });
				}
				const problems = htmlBudgetProblems(written);
				if (problems.length > 0) {
					throw new Error(
						`Over the one-round-trip HTML budget (src/lib/quality/html-budget.ts):\n${problems.join('\n')}`,
					);
				}
				const headers = formatHeadersFile(siteHeaderRules(base, scripts), HEADERS_COMMENT);
				await writeFile(join(root, '_headers'), headers);
				logger.info(
					`Styles hoisted, ${icons.size} icons moved to ${spriteName} and Content-Security-Policy ` +
						`written in ${pages.size} pages; ` +
						`_headers allows their ${scripts.size} distinct inline scripts.`,
				);
			},
		},
	};
}

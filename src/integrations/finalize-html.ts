/**
 * Astro integration: the last pass over every built HTML page.
 * 1. Moves <style> elements that Astro leaves in <body> into <head> (valid HTML).
 * 2. Writes a CSP meta tag whose script hashes come from that page's final HTML. Astro's own
 *    `security.csp` was tried first: with Starlight it left inline scripts unhashed, and its style
 *    hashes switch off 'unsafe-inline' for style attributes, which Starlight's icons rely on.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPolicy } from '../lib/csp/policy.ts';
import { hoistBodyStyles } from '../lib/html/hoist-styles.ts';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

export function finalizeHtml(): AstroIntegration {
	return {
		name: 'rdp-troubleshooter:finalize-html',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				let pages = 0;
				for await (const file of htmlFiles(fileURLToPath(dir))) {
					await writeFile(file, withPolicy(hoistBodyStyles(await readFile(file, 'utf8'))));
					pages++;
				}
				logger.info(`Styles hoisted and Content-Security-Policy written in ${pages} pages.`);
			},
		},
	};
}

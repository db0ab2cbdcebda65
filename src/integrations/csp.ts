/**
 * Astro integration: after the build, gives every HTML page a CSP meta tag whose script hashes
 * come from that page's final HTML. Astro's own `security.csp` was tried first: with Starlight it
 * left inline scripts unhashed, and its style hashes switch off 'unsafe-inline' for style
 * attributes, which Starlight's icons rely on.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPolicy } from '../lib/csp/policy.ts';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

export function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'rdp-troubleshooter:csp',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				let pages = 0;
				for await (const file of htmlFiles(fileURLToPath(dir))) {
					await writeFile(file, withPolicy(await readFile(file, 'utf8')));
					pages++;
				}
				logger.info(`Content-Security-Policy written into ${pages} pages.`);
			},
		},
	};
}

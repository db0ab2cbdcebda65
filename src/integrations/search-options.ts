/**
 * Astro integration for Starlight's search dialog:
 * - passes SEARCH_UI_OPTIONS (src/lib/search/ui-options.ts) to the Pagefind UI it creates;
 * - points its import of `@pagefind/default-ui` at src/lib/search/lazy-ui.ts, which loads Pagefind
 *   UI when the person heads for search instead of on every page at idle.
 * The build fails if either never applied (Starlight renamed its module or changed its import).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { PAGEFIND_CONFIG_MODULE, withSearchUiOptions } from '../lib/search/ui-options.ts';

const LAZY_UI = fileURLToPath(new URL('../lib/search/lazy-ui.ts', import.meta.url));
const PAGEFIND_UI = '@pagefind/default-ui';
// The importer id of Starlight's search dialog script (Search.astro?astro&type=script…).
const STARLIGHT_SEARCH = /@astrojs[\\/]starlight[\\/].*Search\.astro\?/;

export function searchOptions(): AstroIntegration {
	let applied = false;
	let deferred = false;
	return {
		name: 'rdp-troubleshooter:search-options',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'rdp-troubleshooter:pagefind-ui-on-intent',
								enforce: 'pre',
								resolveId(source, importer) {
									if (source !== PAGEFIND_UI || !importer || !STARLIGHT_SEARCH.test(importer))
										return null;
									deferred = true;
									return LAZY_UI;
								},
							},
							{
								name: 'rdp-troubleshooter:pagefind-ui-options',
								transform(code, id) {
									if (id !== PAGEFIND_CONFIG_MODULE) return undefined;
									applied = true;
									return { code: withSearchUiOptions(code), map: null };
								},
							},
						],
					},
				});
			},
			'astro:build:done': () => {
				if (!deferred) {
					throw new Error(
						`Starlight's search dialog no longer imports ${PAGEFIND_UI} from Search.astro: ` +
							'src/lib/search/lazy-ui.ts did not replace it, so Pagefind UI loads on every page.',
					);
				}
				if (!applied) {
					throw new Error(
						`${PAGEFIND_CONFIG_MODULE.slice(1)} was never built: the search dialog options in ` +
							'src/lib/search/ui-options.ts did not apply. Has Starlight renamed its module?',
					);
				}
			},
		},
	};
}

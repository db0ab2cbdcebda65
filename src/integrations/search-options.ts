/**
 * Astro integration: passes SEARCH_UI_OPTIONS (src/lib/search/ui-options.ts) to the Pagefind UI
 * that Starlight's search dialog creates. The build fails if Starlight's module was never seen,
 * which would mean the options silently stopped applying.
 */
import type { AstroIntegration } from 'astro';
import { PAGEFIND_CONFIG_MODULE, withSearchUiOptions } from '../lib/search/ui-options.ts';

export function searchOptions(): AstroIntegration {
	let applied = false;
	return {
		name: 'rdp-troubleshooter:search-options',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
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

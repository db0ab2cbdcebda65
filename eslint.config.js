// @ts-check
// ESLint: typescript-eslint's strict type-checked rules over every TypeScript, TSX and JavaScript
// file, eslint-plugin-astro's recommended rules over .astro files, Prettier owns formatting.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'dist-subpath/',
			'.astro/',
			'bench/out/',
			'test-results/',
			'playwright-report/',
			'node_modules/',
		],
	},
	js.configs.recommended,
	tseslint.configs.strictTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
			globals: { ...globals.node },
		},
		rules: {
			// Counts, code values and line numbers print in messages as people expect them.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			// `onInput={() => setText(value)}`: a handler's shorthand arrow returning void is clear.
			'@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
			// Off: noUncheckedIndexedAccess (tsconfig strictest) types every indexed read as possibly
			// undefined; `!` after a length, bounds or `has` check is how this code states it checked.
			'@typescript-eslint/no-non-null-assertion': 'off',
			// `const { rank: _rank, ...rest } = x` is how a property is left out of a copy.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
	{
		// Browser code, and scripts whose functions run in the page (page.evaluate).
		files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', 'bench/**/*.mjs'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		// Plain JavaScript (configs, the local server, the benchmark) has no types to check: every
		// JSON.parse or untyped import is `any`, so the type-aware rules would flag each use of it.
		files: ['**/*.{js,mjs,cjs}'],
		extends: [tseslint.configs.disableTypeChecked],
	},
	...astro.configs.recommended,
	{
		// The type-checked rules need type information the Astro parser does not hand over for
		// .astro files (their frontmatter and client scripts), so there they run untyped.
		files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
		extends: [tseslint.configs.disableTypeChecked],
	},
	prettier,
);

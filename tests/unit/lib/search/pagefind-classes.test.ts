import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { PAGEFIND_SVELTE_CLASS } from '../../../../src/lib/search/pagefind-classes';

const css = readFileSync(
	createRequire(import.meta.url).resolve('@pagefind/default-ui/css/ui.css'),
	'utf8',
);

it.each(['pagefind-ui', 'pagefind-ui__form', 'pagefind-ui__search-input'])(
	'Pagefind UI styles .%s with the class the stand-in search box carries',
	(name) => {
		expect(css).toContain(`.${name}.${PAGEFIND_SVELTE_CLASS}`);
	},
);

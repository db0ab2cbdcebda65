import { expect, it } from 'vitest';
import { pageWeight } from '../../src/lib/quality/page-weight';
import { PAGE_TYPES } from '../../e2e/support/page-types';
import { BUDGETS } from './budgets';
import { basePath, loadBuiltSite } from './support/built-site';

const site = loadBuiltSite();

it('every measured page type has a budget', () => {
	expect(Object.keys(BUDGETS).sort()).toEqual(Object.keys(PAGE_TYPES).sort());
});

it.each(Object.entries(PAGE_TYPES))('the %s page stays within its byte budget', (type, path) => {
	const page = basePath + path;
	const html = site.pages.get(page);
	expect(html, `no built page at ${page}`).toBeDefined();
	const weight = pageWeight(page, html!, site.read);
	const budget = BUDGETS[type]!;
	expect({ html: weight.html <= budget.html, css: weight.css <= budget.css, js: weight.js <= budget.js }, `${type}: ${JSON.stringify(weight)} vs budget ${JSON.stringify(budget)}`).toEqual({
		html: true,
		css: true,
		js: true,
	});
});

import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
	HTML_BUDGET_GZ,
	htmlBudgetProblems,
	isBudgetedPage,
} from '../../../../src/lib/quality/html-budget';

// Random base64 compresses to about 3/4: 21 KB of it is about 16 KB gzipped, over the budget.
const heavy = randomBytes(16_000).toString('base64');

describe('HTML budget', () => {
	it('holds the home page and every guide to the budget, not other pages', () => {
		expect(isBudgetedPage('')).toBe(true);
		expect(isBudgetedPage('guides/certificate/')).toBe(true);
		expect(isBudgetedPage('guides/')).toBe(false);
		expect(isBudgetedPage('codes/disconnect/0x904/')).toBe(false);
		expect(isBudgetedPage('guides/x/y/')).toBe(false);
	});

	it('names each budgeted page over the budget with its gzipped size', () => {
		const problems = htmlBudgetProblems([
			{ path: '', html: 'small' },
			{ path: 'guides/heavy/', html: heavy },
			{ path: 'codes/', html: heavy },
		]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			new RegExp(`^/guides/heavy/: \\d+ B gzipped, over the ${HTML_BUDGET_GZ} B budget by \\d+ B$`),
		);
	});

	it('accepts pages at or under the budget', () => {
		expect(htmlBudgetProblems([{ path: '', html: '<p>x</p>'.repeat(5000) }])).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import {
	sourceFromSearch,
	treeHref,
	withoutPasteParam,
} from '../../../../src/lib/diagnose/tree-link.ts';

const walk = { steps: [{ at: 'gateway', move: 'unsure' as const }] };

describe('the source of settled answers in the tree link', () => {
	it('marks a collector walk and reads the mark back', () => {
		const href = treeHref('/', walk, [0], 'collector');
		expect(href).toMatch(/&paste=0&from=collector$/);
		expect(sourceFromSearch(href.slice(1))).toBe('collector');
	});

	it('leaves a plain paste unmarked and reads anything else as a paste', () => {
		expect(treeHref('/', walk, [0])).not.toContain('from=');
		expect(sourceFromSearch('?from=<script>')).toBe('paste');
	});

	it('drops the mark with the settled steps once the person answers', () => {
		expect(withoutPasteParam('?tree=gateway_u&paste=0&from=collector')).toBe('?tree=gateway_u');
	});
});

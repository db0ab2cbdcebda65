import { describe, expect, it } from 'vitest';
import {
	focusableTables,
	makeTableFocusable,
} from '../../../../src/lib/markdown/focusable-tables.ts';

describe('focusableTables', () => {
	it('subscribes to table elements only', () => {
		expect(focusableTables.element.map((v) => v.filter)).toEqual([['table']]);
	});

	it('sets tabindex 0 on the table it visits', () => {
		const calls: [object, string, unknown][] = [];
		const table = { type: 'element', tagName: 'table' };
		makeTableFocusable(table, {
			setProperty: (node, key, value) => calls.push([node, key, value]),
		});
		expect(calls).toEqual([[table, 'tabindex', 0]]);
	});
});

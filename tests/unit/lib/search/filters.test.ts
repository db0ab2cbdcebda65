import { describe, expect, it } from 'vitest';
import { pagefindFilters } from '../../../../src/lib/search/filters.ts';

describe('pagefindFilters', () => {
	it.each([
		[{ kind: 'code' as const }, ['kind:code']],
		[
			{
				kind: 'guide' as const,
				side: ['server' as const],
				platform: ['on-premises' as const, 'azure' as const],
			},
			['kind:guide', 'side:server', 'platform:on-premises', 'platform:azure'],
		],
		[
			{ kind: 'guide' as const, side: ['client' as const, 'client' as const], platform: [] },
			['kind:guide', 'side:client'],
		],
	])('emits %j as %j', (page, expected) => {
		expect(pagefindFilters(page)).toEqual(expected);
	});
});

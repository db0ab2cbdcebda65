import { describe, expect, it } from 'vitest';
import { SEARCH_UI_OPTIONS, withSearchUiOptions } from '../../../../src/lib/search/ui-options';

/** Runs a module source the way the browser would, and returns its `pagefindUserConfig`. */
async function exported(source: string): Promise<Record<string, unknown>> {
	const url = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
	return ((await import(/* @vite-ignore */ url)) as { pagefindUserConfig: Record<string, unknown> })
		.pagefindUserConfig;
}

describe('withSearchUiOptions', () => {
	const starlight = 'export const pagefindUserConfig = {"ranking":{"pageLength":0.1}}';

	it("keeps Starlight's own settings and adds the dialog options", async () => {
		const config = await exported(withSearchUiOptions(starlight));
		expect(config).toEqual({ ranking: { pageLength: 0.1 }, ...SEARCH_UI_OPTIONS });
	});

	it('sets a debounce under 100 ms and turns the worker off', () => {
		expect(SEARCH_UI_OPTIONS.debounceTimeoutMs).toBeLessThan(100);
		expect(SEARCH_UI_OPTIONS.noWorker).toBe(true);
	});

	it('fails loudly when the module no longer looks like Starlight 0.42', () => {
		expect(() => withSearchUiOptions('export default {}')).toThrow(
			/no longer exports "pagefindUserConfig"/,
		);
	});
});

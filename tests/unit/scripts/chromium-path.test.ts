import { describe, expect, it } from 'vitest';
import { chromiumPath, DEFAULT_CHROMIUM, HEADLESS_SHELL } from '../../../scripts/chromium-path.mjs';

const only =
	(...paths: string[]) =>
	(path: string) =>
		paths.includes(path);

describe('the Chromium the browser tests drive', () => {
	it("takes Debian's headless shell when it is installed", () => {
		expect(chromiumPath({}, only(HEADLESS_SHELL, DEFAULT_CHROMIUM))).toEqual({
			path: HEADLESS_SHELL,
			found: true,
		});
	});

	it('falls back to the full Chromium without the shell', () => {
		expect(chromiumPath({}, only(DEFAULT_CHROMIUM))).toEqual({
			path: DEFAULT_CHROMIUM,
			found: true,
		});
	});

	it('names the full Chromium as missing when neither is there', () => {
		expect(chromiumPath({}, only())).toEqual({ path: DEFAULT_CHROMIUM, found: false });
	});

	it('takes CHROMIUM_PATH over both, and says whether it runs', () => {
		const any = only('/opt/chrome', HEADLESS_SHELL, DEFAULT_CHROMIUM);
		expect(chromiumPath({ CHROMIUM_PATH: ' /opt/chrome ' }, any)).toEqual({
			path: '/opt/chrome',
			found: true,
		});
		expect(chromiumPath({ CHROMIUM_PATH: '/nope' }, any)).toEqual({ path: '/nope', found: false });
	});
});

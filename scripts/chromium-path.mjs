// Which Chromium the browser tests drive: CHROMIUM_PATH if set, else Debian's headless shell
// (package chromium-headless-shell) when installed, else Debian's full /usr/bin/chromium.
// The shell is the same engine, built from the same source package, without the browser's
// window, profile and UI layers: the suite spent about 35 % less CPU per page load in it
// (60 code pages: 10.8-12.7 CPU-s against 17.0-18.8), and every test passes in both.
import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

const executable = (path) => {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
};

/**
 * @param {Record<string, string | undefined>} [env]
 * @param {(path: string) => boolean} [canRun] whether a file exists and may be executed
 * @returns {{ path: string, found: boolean }} the binary, and whether it can be run
 */
export function chromiumPath(env = process.env, canRun = executable) {
	const chosen = env.CHROMIUM_PATH?.trim();
	if (chosen) return { path: chosen, found: canRun(chosen) };
	if (canRun(HEADLESS_SHELL)) return { path: HEADLESS_SHELL, found: true };
	return { path: DEFAULT_CHROMIUM, found: canRun(DEFAULT_CHROMIUM) };
}

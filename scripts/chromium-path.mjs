// Where the system Chromium lives: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium.
import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** @returns {{ path: string, found: boolean }} */
export function chromiumPath(env = process.env) {
	const path = env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM;
	try {
		accessSync(path, constants.X_OK);
		return { path, found: true };
	} catch {
		return { path, found: false };
	}
}

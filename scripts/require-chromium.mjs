#!/usr/bin/env node
// Stops the end-to-end tests early, with the fix, when no Chromium is installed:
// Playwright cannot download its own browser on these machines.
import { chromiumPath } from './chromium-path.mjs';

const path = chromiumPath();
if (!path.found) {
	console.error(
		`\nNo Chromium found at ${path.path}. The end-to-end and accessibility tests drive the system Chromium. ` +
			'Install it on Debian or Ubuntu with "sudo apt-get update && sudo apt-get install chromium", ' +
			'or, where downloads are allowed, with "npx playwright install chromium" and point CHROMIUM_PATH at the binary it prints; ' +
			'a Chromium elsewhere is used when you set CHROMIUM_PATH=/path/to/chromium.\n',
	);
	process.exit(1);
}

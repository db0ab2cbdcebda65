#!/usr/bin/env node
// Stops the end-to-end tests early, with the fix, when no Chromium is installed:
// Playwright cannot download its own browser on these machines.
import { chromiumPath, DEFAULT_CHROMIUM, HEADLESS_SHELL } from './chromium-path.mjs';

const install = 'sudo apt-get update && sudo apt-get install chromium chromium-headless-shell';
const path = chromiumPath();
if (!path.found) {
	console.error(
		`\nNo Chromium found at ${path.path}. The end-to-end and accessibility tests drive the system Chromium. ` +
			`Install it on Debian or Ubuntu with "${install}" ` +
			`(the tests use ${HEADLESS_SHELL} when it is there, else ${DEFAULT_CHROMIUM}), ` +
			'or, where downloads are allowed, with "npx playwright install chromium" and point CHROMIUM_PATH at the binary it prints; ' +
			'a Chromium elsewhere is used when you set CHROMIUM_PATH=/path/to/chromium.\n',
	);
	process.exit(1);
}
if (path.path === DEFAULT_CHROMIUM)
	console.error(
		`Browser tests run in ${DEFAULT_CHROMIUM}. Debian's chromium-headless-shell runs them with about a third ` +
			`less CPU: "${install}".`,
	);

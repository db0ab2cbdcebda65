import type { ConsoleMessage, Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions of a page, to assert an empty list later. */
export function watchConsole(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (msg: ConsoleMessage) => {
		if (msg.type() === 'error' || msg.type() === 'warning')
			problems.push(`${msg.type()}: ${msg.text()}`);
	});
	page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
	return problems;
}

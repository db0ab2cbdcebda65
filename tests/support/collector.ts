import { readFileSync } from 'node:fs';

/** One fixture of tests/fixtures/collector/ as its sidecar describes it. */
export interface CollectorFixture {
	readonly file: string;
	/** The cause the output leads to, or null for the healthy host. */
	readonly cause: string | null;
	/** The node the tree opens at. */
	readonly opens: string;
	readonly note: string;
}

/** The fixtures listed in tests/fixtures/collector/fixtures.json. */
export function collectorFixtures(): CollectorFixture[] {
	const file = JSON.parse(readFileSync('tests/fixtures/collector/fixtures.json', 'utf8')) as {
		fixtures: CollectorFixture[];
	};
	return file.fixtures;
}

/** A fixture's text. */
export const collectorFixture = (file: string): string =>
	readFileSync(`tests/fixtures/collector/${file}`, 'utf8');

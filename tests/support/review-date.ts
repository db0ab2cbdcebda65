/**
 * Checks a page's `lastReviewed` by shape and range instead of by value, so reviewing a page
 * (which moves its date) never breaks a test.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/guides/page-paths.ts';

/**
 * What is wrong with a frontmatter review date (a YAML date or a `YYYY-MM-DD` string): not a real
 * calendar day, or a day after `now`. Empty when it is fine.
 */
export function reviewDateProblems(value: unknown, now: Date = new Date()): string[] {
	const day = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return [`"${day}" is not a YYYY-MM-DD day`];
	const date = new Date(`${day}T00:00:00Z`);
	if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day)
		return [`"${day}" is not a calendar day`];
	if (date.getTime() > now.getTime()) return [`"${day}" is in the future`];
	return [];
}

/** The `lastReviewed` day (`YYYY-MM-DD`) of an MDX file, as its page shows it. */
export function lastReviewedOf(file: string): string {
	const data = parse(splitFrontmatter(readFileSync(file, 'utf8')).frontmatter) as {
		lastReviewed?: unknown;
	};
	const value = data.lastReviewed;
	return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

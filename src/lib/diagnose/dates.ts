/**
 * Dates as Windows prints them in command output (`NotAfter : 3/14/2025 5:00:00 AM`), read
 * without the locale. A date whose day and month could be swapped counts as past only when both
 * readings are past, so an ambiguous date never produces evidence on its own.
 */

function build(year: number, month: number, day: number, time: string): number | undefined {
	if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
	let hours = 0;
	let minutes = 0;
	const t = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*(AM|PM)?/i.exec(time.trim());
	if (t) {
		hours = Number(t[1]) % 24;
		minutes = Number(t[2]);
		const half = t[3]?.toUpperCase();
		if (half === 'PM' && hours < 12) hours += 12;
		if (half === 'AM' && hours === 12) hours = 0;
	}
	const ms = Date.UTC(year, month - 1, day, hours, minutes);
	// Date.UTC rolls 31 February into March: refuse dates that do not exist.
	return new Date(ms).getUTCDate() === day ? ms : undefined;
}

/** Latest plausible instant (ms since the epoch, read as UTC) of a printed date, or undefined. */
export function latestReading(text: string): number | undefined {
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](.*))?$/.exec(text.trim());
	if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4] ?? '');
	// `(?!\S)` rather than `\s*`: `\s*(.*)$` backtracks quadratically over a run of spaces.
	const parts = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\S)(.*)$/.exec(text.trim());
	if (!parts) return undefined;
	const [a, sep, b, year, time] = [
		Number(parts[1]),
		parts[2],
		Number(parts[3]),
		Number(parts[4]),
		parts[5] ?? '',
	];
	// Day first with dots (German and others); with slashes either order is in use.
	const readings =
		sep === '.' ? [build(year, b, a, time)] : [build(year, a, b, time), build(year, b, a, time)];
	const valid = readings.filter((r): r is number => r !== undefined);
	return valid.length === 0 ? undefined : Math.max(...valid);
}

/** Whether a printed date lies before `now`; an unreadable date is never past. */
export function isPast(text: string, now: Date): boolean {
	const latest = latestReading(text);
	// A day of margin: the printed time is local, we read it as UTC.
	return latest !== undefined && latest + 86_400_000 < now.getTime();
}

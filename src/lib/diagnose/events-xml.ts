/**
 * Event XML (`<Event>…</Event>`, as Event Viewer's XML view and `Get-WinEvent … .ToXml()` print
 * it). Read from the raw text with indexOf, so an export on one long line works too; each event's
 * slice is capped before any regex sees it.
 */
import type { LineRange } from './lines.ts';

/** Longest slice of one event the regexes see. */
const MAX_EVENT = 20_000;

/** An event read from XML. */
export interface XmlEvent {
	readonly eventId: number;
	readonly provider: string | undefined;
	readonly channel: string | undefined;
	readonly message: string;
	readonly lines: LineRange;
	/** `<Level>` as a number string (1 critical, 2 error, 3 warning, 4 information). */
	readonly level: string | undefined;
	/** `<TimeCreated SystemTime=…>`. */
	readonly time: string | undefined;
}

function decodeEntities(text: string): string {
	return text
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&apos;', "'")
		.replaceAll('&amp;', '&');
}

/** Longest tag removed from the message text; a longer `<…>` stays as text. */
const MAX_TAG = 500;

/**
 * The text with each tag (`<` up to MAX_TAG characters, then `>`) turned into a space. A loop
 * with one forward pointer to the next `>`, so it is linear: the regex `/<[^>]{0,500}>/g` retried
 * 500 characters from every `<` of a run of them.
 */
export function stripTags(text: string): string {
	let out = '';
	let from = 0;
	let gt = -1;
	for (let lt = text.indexOf('<'); lt !== -1; lt = text.indexOf('<', lt + 1)) {
		if (gt !== text.length && gt <= lt) {
			gt = text.indexOf('>', lt);
			if (gt === -1) gt = text.length;
		}
		if (gt === text.length || gt - lt - 1 > MAX_TAG) continue;
		out += `${text.slice(from, lt)} `;
		from = gt + 1;
		lt = gt;
	}
	return out + text.slice(from);
}

// Runs stop at `<` as well as `>`: a run that crossed into the next tag would be retried from
// every tag of a long run of them.
const EVENT_ID = /<EventID(?:\s[^<>]{0,200})?>\s*(\d{1,5})\s*<\/EventID>/;
const PROVIDER = /<Provider\s[^<>]{0,500}?\bName=["']([^"'<>]{1,200})["']/;
const CHANNEL = /<Channel>([^<]{1,300})<\/Channel>/;
const LEVEL = /<Level>\s*(\d{1,2})\s*<\/Level>/;
const TIME = /<TimeCreated\s[^<>]{0,200}?SystemTime=["']([^"'<>]{1,60})["']/;

/** Every regex the XML reader runs, for the linear-time test. */
export const XML_PATTERNS: readonly RegExp[] = [EVENT_ID, PROVIDER, CHANNEL, LEVEL, TIME];

function readEvent(slice: string): Omit<XmlEvent, 'lines'> | undefined {
	const id = EVENT_ID.exec(slice);
	if (!id) return undefined;
	const provider = PROVIDER.exec(slice)?.[1];
	const channel = CHANNEL.exec(slice)?.[1];
	const level = LEVEL.exec(slice)?.[1];
	const time = TIME.exec(slice)?.[1];
	const systemEnd = slice.indexOf('</System>');
	const body = systemEnd === -1 ? '' : slice.slice(systemEnd + 9);
	// Data values and the rendered message, tags turned into spaces.
	const message = decodeEntities(stripTags(body).replace(/\s+/g, ' ').trim());
	return {
		eventId: Number(id[1]),
		provider: provider && decodeEntities(provider),
		channel: channel && decodeEntities(channel.trim()),
		message,
		level,
		time,
	};
}

/** Every `<Event>` element in the text; `lineOf` maps an offset to its 1-based line. */
export function parseXmlEvents(input: string, lineOf: (offset: number) => number): XmlEvent[] {
	const events: XmlEvent[] = [];
	let from = 0;
	for (;;) {
		const open = input.indexOf('<Event', from);
		if (open === -1) break;
		const next = input.charAt(open + 6);
		if (next !== '>' && next !== ' ' && next !== '\n' && next !== '\r' && next !== '\t') {
			from = open + 6;
			continue;
		}
		// Look for the end only within the cap, so unclosed tags cannot make the scan quadratic.
		const slice = input.slice(open, open + MAX_EVENT);
		const close = slice.indexOf('</Event>');
		const end = close === -1 ? open + slice.length : open + close + 8;
		const read = readEvent(slice.slice(0, end - open));
		if (read)
			events.push({
				...read,
				lines: { start: lineOf(open), end: lineOf(Math.max(open, end - 1)) },
			});
		from = end;
	}
	return events;
}

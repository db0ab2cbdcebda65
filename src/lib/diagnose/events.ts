/**
 * Windows events in pasted text, in the shapes people copy them: Event Viewer's
 * "Copy details as text" (`Log Name:`, `Source:`, `Event ID:`, `Description:`), PowerShell's
 * `Get-WinEvent | Format-List` (`ProviderName :`, `Id :`, `Message :`), `wevtutil qe /f:text`
 * (`Event[0]:` then indented `Event ID:` lines) and event XML (`<Event>`). Several events may
 * follow each other; a key seen twice, or `Event[n]:`, starts the next event. An event without a
 * provider or channel line is kept only when its message is one the site knows for that ID
 * (a bare `Event ID: 1058` with the 1058 text): then the provider is filled in and marked.
 */
import { fold } from '../recognize/fold.ts';
import { SENTENCES } from '../recognize/sentence-list.ts';
import { lineAt, type LineRange, type Lines } from './lines.ts';
import { parseXmlEvents } from './events-xml.ts';

/** One event read from the paste. */
export interface EventRecord {
	/** The event ID. */
	readonly eventId: number;
	/** Provider ("Source" in Event Viewer), when the paste shows it. */
	readonly provider: string | undefined;
	/** Log channel ("Log Name"), when the paste shows it. */
	readonly channel: string | undefined;
	/** The message and event data as text, for message fragments. */
	readonly message: string;
	/** Where the event sits in the paste. */
	readonly lines: LineRange;
	/** Level as printed (`Error`, `Warning`, or the XML number), when shown. */
	readonly level?: string | undefined;
	/** Time as printed (`Date:`, `TimeCreated :`, XML SystemTime), when shown. */
	readonly time?: string | undefined;
	/** True when the provider was not in the paste but inferred from the ID and the message. */
	readonly inferred?: boolean;
}

type Field = 'channel' | 'provider' | 'id' | 'time' | 'level' | 'message' | 'other';

const KEYS: Readonly<Record<string, Field>> = {
	'log name': 'channel',
	logname: 'channel',
	source: 'provider',
	providername: 'provider',
	'event id': 'id',
	eventid: 'id',
	id: 'id',
	date: 'time',
	timecreated: 'time',
	description: 'message',
	message: 'message',
	level: 'level',
	leveldisplayname: 'level',
	'task category': 'other',
	task: 'other',
	keywords: 'other',
	keyword: 'other',
	user: 'other',
	'user name': 'other',
	computer: 'other',
	opcode: 'other',
};

// wevtutil's text format numbers its events: `Event[0]:`.
const WEVTUTIL_EVENT = /^\s*Event\[\d{1,6}\]:\s*$/;
// Format-List pads property names (`RecordId     :`).
const PADDED_KEY = /^[A-Z][A-Za-z]+\s+$/;
const XML_MARKER = /^\s*Event Xml:\s*$/i;
const EVENT_ID_VALUE = /^\d{1,5}$/;

// Lines that begin some other kind of output: they end an event's message.
const OTHER_OUTPUT =
	/^\s*(?:SESSIONNAME\s|HKEY_|PS [A-Za-z]:\\|[A-Za-z]:\\[^>]*>|Active Connections|Proto\s|WARNING:|<Events?[\s>])/;

interface Draft {
	channel?: string;
	provider?: string;
	id?: number;
	time?: string;
	level?: string;
	message: string[];
	inMessage: boolean;
	/** Right after the ID line with no message yet: unlabelled text that follows is the message. */
	afterId: boolean;
	first: number;
	last: number;
}

/** Known event messages by event ID, folded, to complete an event pasted without its provider. */
const KNOWN_MESSAGES = new Map<number, { provider: string; fragments: string[] }>();
for (const s of SENTENCES) {
	if (s.event === undefined) continue;
	const known = KNOWN_MESSAGES.get(s.event.id) ?? {
		provider: s.event.provider,
		fragments: [],
	};
	known.fragments.push(...s.patterns.map((p) => fold(p).text));
	KNOWN_MESSAGES.set(s.event.id, known);
}

/** The provider of a known message for this ID, or undefined. */
function inferProvider(id: number, message: string): string | undefined {
	const known = KNOWN_MESSAGES.get(id);
	if (known === undefined) return undefined;
	const text = fold(message.slice(0, 4000)).text;
	return known.fragments.some((f) => text.includes(f)) ? known.provider : undefined;
}

/** The field a header line sets and its value, or undefined for a message line. */
function headerOf(line: string): { field: Field; value: string } | undefined {
	const colon = line.indexOf(':');
	if (colon < 1 || colon > 30) return undefined;
	const rawKey = line.slice(0, colon);
	const key = rawKey.trim().toLowerCase();
	const field = KEYS[key];
	if (field !== undefined) return { field, value: line.slice(colon + 1).trim() };
	// Format-List pads property names (`RecordId     :`): treat any such PascalCase key as a header.
	if (PADDED_KEY.test(rawKey)) return { field: 'other', value: '' };
	return undefined;
}

function finish(draft: Draft, out: EventRecord[]): void {
	if (draft.id === undefined) return;
	const message = draft.message.join('\n');
	const named = draft.provider !== undefined || draft.channel !== undefined;
	const inferred = named ? undefined : inferProvider(draft.id, message);
	if (!named && inferred === undefined) return;
	out.push({
		eventId: draft.id,
		provider: draft.provider ?? inferred,
		channel: draft.channel,
		message,
		lines: { start: draft.first, end: draft.last },
		level: draft.level,
		time: draft.time,
		...(inferred === undefined ? {} : { inferred: true }),
	});
}

function parseTextEvents(lines: Lines): {
	records: EventRecord[];
	xmlAfter: Map<number, number>;
} {
	const records: EventRecord[] = [];
	// Line number of an "Event Xml:" marker -> index of the record it belongs to.
	const xmlAfter = new Map<number, number>();
	let draft: Draft | undefined;
	const close = (): void => {
		if (draft) finish(draft, records);
		draft = undefined;
	};
	lines.text.forEach((line, i) => {
		const n = i + 1;
		if (XML_MARKER.test(line)) {
			if (draft) {
				close();
				xmlAfter.set(n, records.length - 1);
			}
			return;
		}
		if (OTHER_OUTPUT.test(line) || WEVTUTIL_EVENT.test(line)) {
			close();
			return;
		}
		const header = headerOf(line);
		if (header === undefined) {
			if (draft?.afterId === true && line.trim() !== '') {
				draft.inMessage = true;
				draft.afterId = false;
			}
			if (draft?.inMessage) {
				draft.message.push(line);
				if (line.trim() !== '') draft.last = n;
			}
			return;
		}
		const { field, value } = header;
		if (draft) draft.afterId = false;
		if (field === 'other') {
			if (draft) {
				draft.inMessage = false;
				draft.last = n;
			}
			return;
		}
		const taken =
			draft !== undefined &&
			((field === 'channel' && draft.channel !== undefined) ||
				(field === 'provider' && draft.provider !== undefined) ||
				(field === 'id' && draft.id !== undefined) ||
				(field === 'time' && draft.time !== undefined) ||
				(field === 'level' && draft.level !== undefined) ||
				(field === 'message' && draft.message.length > 0));
		if (taken) close();
		if (draft === undefined)
			draft = {
				message: [],
				inMessage: false,
				afterId: false,
				first: n,
				last: n,
			};
		draft.last = n;
		draft.inMessage = field === 'message';
		if (field === 'channel') draft.channel = value;
		else if (field === 'provider') draft.provider = value;
		else if (field === 'time') draft.time = value.slice(0, 60);
		else if (field === 'level') draft.level = value.slice(0, 30);
		else if (field === 'message') draft.message.push(value);
		else if (EVENT_ID_VALUE.test(value)) {
			draft.id = Number(value);
			draft.afterId = draft.message.length === 0;
		}
	});
	close();
	return { records, xmlAfter };
}

/** Every regex the text-event parser runs, for the linear-time test. */
export const EVENT_PATTERNS: readonly RegExp[] = [
	OTHER_OUTPUT,
	WEVTUTIL_EVENT,
	PADDED_KEY,
	XML_MARKER,
	EVENT_ID_VALUE,
];

/** Every event in the paste, in order; an "Event Xml:" section joins the text event above it. */
export function parseEvents(input: string, lines: Lines): EventRecord[] {
	const { records, xmlAfter } = parseTextEvents(lines);
	const merged = [...records];
	const extra: EventRecord[] = [];
	for (const xml of parseXmlEvents(input, (offset) => lineAt(lines, offset))) {
		const owner = xmlAfter.get(xml.lines.start - 1) ?? xmlAfter.get(xml.lines.start);
		const text = owner === undefined ? undefined : merged[owner];
		if (owner !== undefined && text !== undefined && text.eventId === xml.eventId) {
			merged[owner] = {
				eventId: text.eventId,
				provider: text.provider ?? xml.provider,
				channel: text.channel ?? xml.channel,
				message: `${text.message}\n${xml.message}`,
				lines: { start: text.lines.start, end: xml.lines.end },
				level: text.level ?? xml.level,
				time: text.time ?? xml.time,
			};
		} else extra.push(xml);
	}
	return [...merged, ...extra].sort((a, b) => a.lines.start - b.lines.start);
}

/**
 * Facts: what a paste shows that settles a tree question without naming a cause, each with the
 * line it was seen on. Tests are per line (capped), like every other rule.
 */
import type { FactId } from '../../schemas/answer-rule.ts';
import type { EventRecord } from './events.ts';
import type { Lines } from './lines.ts';

/** A fact seen in the paste. */
export interface Fact {
	readonly id: FactId;
	/** 1-based line where it was first seen. */
	readonly line: number;
	/** What was seen, in words. */
	readonly what: string;
}

const LINE_FACTS: readonly { id: FactId; what: string; test: RegExp }[] = [
	{
		id: 'tnc-tcp-succeeded',
		what: 'Test-NetConnection reached the port (TcpTestSucceeded : True)',
		test: /^\s*TcpTestSucceeded\s*:\s*True\s*$/i,
	},
	{
		id: 'dialog-0x904',
		what: 'The Remote Desktop dialog shows error code 0x904',
		test: /\bError code:\s*0x904\b/i,
	},
	{
		// The gateway protocol's error names (src/lib/recognize/gateway-sentences.ts).
		id: 'gateway-error-name',
		what: 'An RD Gateway error name (E_PROXY_…): the connection goes through a gateway',
		test: /\bE_PROXY_[A-Z_]{4,40}\b/,
	},
	{
		id: 'qwinsta-rdp-listen',
		what: 'qwinsta lists rdp-tcp in the Listen state',
		test: /^\s*>?rdp-tcp\s+\d+\s+Listen\b/i,
	},
];

const EVENT_FACTS: readonly { id: FactId; what: string; test: (e: EventRecord) => boolean }[] = [
	{
		id: 'client-1026-reason-2308',
		what: 'Client event 1026 with Reason= 2308 (0x904, the socket was closed)',
		test: (e) => e.eventId === 1026 && /Reason=\s*2308\b/i.test(e.message.slice(0, 2000)),
	},
	{
		id: 'lsm-40-reason-7',
		what: 'LocalSessionManager event 40 with reason code 7 (the server denied the connection)',
		test: (e) =>
			e.eventId === 40 &&
			/LocalSessionManager/i.test(`${e.provider ?? ''} ${e.channel ?? ''}`) &&
			/reason code\s*7\b/i.test(e.message.slice(0, 2000)),
	},
];

/** Every fact in the paste, once each, at its first line. */
export function findFacts(lines: Lines, events: readonly EventRecord[]): Fact[] {
	const found = new Map<FactId, Fact>();
	lines.text.forEach((line, i) => {
		for (const fact of LINE_FACTS) {
			if (!found.has(fact.id) && fact.test.test(line))
				found.set(fact.id, { id: fact.id, line: i + 1, what: fact.what });
		}
	});
	for (const event of events) {
		for (const fact of EVENT_FACTS) {
			if (!found.has(fact.id) && fact.test(event))
				found.set(fact.id, { id: fact.id, line: event.lines.start, what: fact.what });
		}
	}
	return [...found.values()].sort((a, b) => a.line - b.line);
}

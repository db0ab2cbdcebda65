/**
 * A collector block, read: the facts that settle tree questions, the events and registry values
 * the graph's signatures are matched against, and everything that could not be read. This is the
 * one seam into paste-to-diagnose (src/lib/diagnose/diagnose.ts).
 */
import type { EventRecord } from '../diagnose/events.ts';
import type { Fact } from '../diagnose/facts.ts';
import type { Lines } from '../diagnose/lines.ts';
import { normalizeKey, type RegistryValue } from '../diagnose/registry.ts';
import { collectorFacts } from './facts.ts';
import { COLLECTOR_VERSION } from './format.ts';
import { findBlock, type Unread } from './parse.ts';
import { readSnapshot } from './read.ts';

/** What the paste box shows about a collector block. */
export type CollectorReading =
	| {
			readonly type: 'unsupported';
			readonly version: number;
			readonly format: number;
			readonly line: number;
			/** Why it cannot be read and what to do, in one sentence. */
			readonly message: string;
	  }
	| {
			readonly type: 'read';
			readonly version: number;
			readonly format: number;
			readonly line: number;
			readonly mode: 'server' | 'client' | undefined;
			/** Whether the block ends with `# end`. */
			readonly complete: boolean;
			/** Whether a newer collector is published than the one that wrote this block. */
			readonly outdated: boolean;
			readonly entries: number;
			readonly facts: readonly Fact[];
			readonly events: readonly EventRecord[];
			readonly registry: readonly RegistryValue[];
			/** Sections and values the collector could not read, with its reason. */
			readonly errors: readonly { what: string; message: string; line: number }[];
			/** Lines inside the block this page did not understand. */
			readonly unread: readonly Unread[];
	  };

/** Reads the first collector block of the paste; undefined when there is none. */
export function readCollector(lines: Lines): CollectorReading | undefined {
	const block = findBlock(lines);
	if (block === undefined) return undefined;
	const { version, format, line } = block;
	if (block.type === 'unsupported')
		return {
			type: 'unsupported',
			version,
			format,
			line,
			message: block.tooOld
				? `This output comes from collector ${version} (format ${format}), which this page no longer reads: download the current collector from the collector page and run it again.`
				: `This output uses format ${format}, newer than this page reads: reload the page to get the current version.`,
		};
	const s = readSnapshot(block.entries);
	const events: EventRecord[] = s.events.map((e) => ({
		eventId: e.id,
		provider: e.provider,
		channel: e.log,
		message: e.message,
		lines: { start: e.line, end: e.line },
	}));
	const registry: RegistryValue[] = [...s.registry.values()]
		.filter((r) => r.state === 'value')
		.map((r) => ({ key: normalizeKey(r.key), name: r.name, data: r.data, line: r.line }));
	return {
		type: 'read',
		version,
		format,
		line,
		mode: s.mode,
		complete: block.complete,
		outdated: version < COLLECTOR_VERSION,
		entries: block.entries.length,
		facts: collectorFacts(s),
		events,
		registry,
		errors: s.errors,
		unread: [...block.unread, ...s.invalid],
	};
}

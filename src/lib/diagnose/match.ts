/**
 * Applies the knowledge graph's signatures, the only matching rules, to the parsed paste.
 * Every regex runs on one capped line at a time, so matching stays linear in the input size.
 */
import type { CauseNode } from '../../schemas/graph.ts';
import type { Signature } from '../../schemas/signature.ts';
import { assertNever } from '../assert-never.ts';
import { isPast } from './dates.ts';
import type { EventRecord } from './events.ts';
import type { LineRange, Lines } from './lines.ts';
import { normalizeKey, sameData, type RegistryValue } from './registry.ts';

/** What the matcher needs of a cause. */
export type CauseRules = Pick<CauseNode, 'id' | 'title' | 'summary' | 'guide' | 'signatures'>;

/** Most line ranges kept per signature; the count still covers every occurrence. */
export const MAX_RANGES = 20;

/** The parsed paste the signatures are applied to. */
export interface Parsed {
	readonly lines: Lines;
	/** The capped lines in lower case, computed once for every text signature. */
	readonly lower: readonly string[];
	readonly events: readonly EventRecord[];
	readonly registry: readonly RegistryValue[];
}

/** Where one signature matched. */
export interface Hit {
	/** Up to MAX_RANGES line ranges, in order. */
	readonly ranges: readonly LineRange[];
	/** Every occurrence, including those beyond MAX_RANGES. */
	readonly count: number;
	/** How it matched, in words (e.g. `Event 36874 from Schannel`). */
	readonly detail: string;
}

function collect(ranges: LineRange[], count: number, range: LineRange): number {
	if (ranges.length < MAX_RANGES) ranges.push(range);
	return count + 1;
}

function sameName(a: string, b: string): boolean {
	const strip = (s: string): string =>
		s
			.trim()
			.toLowerCase()
			.replace(/^microsoft-windows-/, '');
	return strip(a) === strip(b);
}

/**
 * An event matches when the ID is equal, no field the paste shows contradicts the signature, and
 * at least one named field (provider or channel) or the message fragment confirms it: a pasted
 * event often lacks its channel (Format-List) or its provider.
 */
export function eventMatches(
	signature: Extract<Signature, { type: 'event' }>,
	event: EventRecord,
): boolean {
	if (event.eventId !== signature.eventId) return false;
	const provider =
		signature.provider === undefined || event.provider === undefined
			? undefined
			: sameName(signature.provider, event.provider);
	const channel =
		signature.channel === undefined || event.channel === undefined
			? undefined
			: sameName(signature.channel, event.channel);
	if (provider === false || channel === false) return false;
	if (signature.message !== undefined) {
		if (!event.message.toLowerCase().includes(signature.message.toLowerCase())) return false;
		return true;
	}
	return provider === true || channel === true;
}

function matchEvent(
	signature: Extract<Signature, { type: 'event' }>,
	parsed: Parsed,
): Hit | undefined {
	const ranges: LineRange[] = [];
	let count = 0;
	for (const event of parsed.events)
		if (eventMatches(signature, event)) count = collect(ranges, count, event.lines);
	const from = signature.provider ?? signature.channel ?? '';
	const detail = `Event ${signature.eventId} from ${from}${signature.message ? ` with "${signature.message}"` : ''}`;
	return count === 0 ? undefined : { ranges, count, detail };
}

function matchText(
	signature: Extract<Signature, { type: 'text' }>,
	parsed: Parsed,
): Hit | undefined {
	const fragment = signature.fragment.toLowerCase();
	const ranges: LineRange[] = [];
	let count = 0;
	parsed.lower.forEach((line, i) => {
		if (line.includes(fragment)) count = collect(ranges, count, { start: i + 1, end: i + 1 });
	});
	return count === 0 ? undefined : { ranges, count, detail: `The text "${signature.fragment}"` };
}

function matchRegistry(
	signature: Extract<Signature, { type: 'registry' }>,
	parsed: Parsed,
): Hit | undefined {
	const key = signature.path === undefined ? undefined : normalizeKey(signature.path);
	const name = signature.name.toLowerCase();
	const ranges: LineRange[] = [];
	let count = 0;
	for (const value of parsed.registry) {
		if (value.name.toLowerCase() !== name || !sameData(value.data, signature.value)) continue;
		if (key !== undefined && value.key !== key) continue;
		count = collect(ranges, count, { start: value.line, end: value.line });
	}
	const under =
		signature.path === undefined
			? ''
			: ` under ${signature.path.replace(/^HKEY_LOCAL_MACHINE/i, 'HKLM')}`;
	return count === 0
		? undefined
		: { ranges, count, detail: `Registry value ${signature.name} = ${signature.value}${under}` };
}

function matchOutput(
	signature: Extract<Signature, { type: 'output' }>,
	parsed: Parsed,
	now: Date,
): Hit | undefined {
	const pattern = new RegExp(signature.pattern, signature.flags);
	const unless =
		signature.unless === undefined ? undefined : new RegExp(signature.unless, signature.flags);
	const ranges: LineRange[] = [];
	let count = 0;
	let dates: string[] = [];
	for (let i = 0; i < parsed.lines.text.length; i++) {
		const line = parsed.lines.text[i]!;
		if (unless?.test(line)) return undefined;
		const found = pattern.exec(line);
		if (!found) continue;
		if (signature.dateInPast === true) {
			const date = found[1]?.trim() ?? '';
			if (!isPast(date, now)) continue;
			if (dates.length < 3) dates = [...dates, date];
		}
		count = collect(ranges, count, { start: i + 1, end: i + 1 });
	}
	if (count === 0) return undefined;
	const detail =
		signature.dateInPast === true
			? `${signature.command}: date ${dates.join(', ')} is in the past`
			: `Output of ${signature.command}`;
	return { ranges, count, detail };
}

/** Where a signature matches the paste, or undefined. `now` decides which dates are past. */
export function matchSignature(signature: Signature, parsed: Parsed, now: Date): Hit | undefined {
	switch (signature.type) {
		case 'event':
			return matchEvent(signature, parsed);
		case 'text':
			return matchText(signature, parsed);
		case 'registry':
			return matchRegistry(signature, parsed);
		case 'output':
			return matchOutput(signature, parsed, now);
		default:
			return assertNever(signature);
	}
}

/**
 * Finds the collector's block in a paste and splits it into entries. Every line between the
 * header and `# end` is either read (a section, an entry, a comment) or listed as not understood,
 * so nothing the collector printed is silently dropped.
 */
import type { Lines } from '../diagnose/lines.ts';
import { END, HEADER, SUPPORTED_FORMATS, sectionSchema, type Section } from './format.ts';

/** One `key=value` line. */
export interface Entry {
	readonly section: Section;
	readonly key: string;
	readonly value: string;
	/** 1-based line in the paste. */
	readonly line: number;
}

/** A line inside the block that is neither an entry, a section nor a comment. */
export interface Unread {
	readonly line: number;
	readonly text: string;
}

/** The block as found. */
export type Block =
	| {
			readonly type: 'block';
			readonly version: number;
			readonly format: number;
			/** Line of the header. */
			readonly line: number;
			readonly entries: readonly Entry[];
			/** Whether `# end` was found: a block without it was cut off when copied. */
			readonly complete: boolean;
			readonly unread: readonly Unread[];
	  }
	| {
			/** A header whose format this page cannot read. */
			readonly type: 'unsupported';
			readonly version: number;
			readonly format: number;
			readonly line: number;
			readonly tooOld: boolean;
	  };

const SECTION = /^\s*\[([a-z]{2,20})\]\s*$/;
// Registry keys are whole paths (`HKLM\SYSTEM\…\PortNumber`), so a key runs to the first `=`.
const ENTRY = /^\s*([A-Za-z][^=]{0,300}?)=(.*)$/;

/** The first collector block in the paste, or undefined when the paste has none. */
export function findBlock(lines: Lines): Block | undefined {
	const start = lines.text.findIndex((l) => HEADER.test(l));
	if (start === -1) return undefined;
	const [, version, format] = HEADER.exec(lines.text[start]!)!;
	const header = {
		version: Number(version),
		format: Number(format),
		line: start + 1,
	};
	if (!SUPPORTED_FORMATS.includes(header.format)) {
		const tooOld = header.format < Math.min(...SUPPORTED_FORMATS);
		return { type: 'unsupported', ...header, tooOld };
	}
	const entries: Entry[] = [];
	const unread: Unread[] = [];
	let section: Section | undefined;
	let complete = false;
	for (let i = start + 1; i < lines.text.length; i++) {
		const text = lines.text[i]!;
		if (END.test(text)) {
			complete = true;
			break;
		}
		if (text.trim() === '' || /^\s*#/.test(text)) continue;
		const named = SECTION.exec(text);
		if (named) {
			const parsed = sectionSchema.safeParse(named[1]);
			section = parsed.success ? parsed.data : undefined;
			if (!parsed.success) unread.push({ line: i + 1, text });
			continue;
		}
		const entry = ENTRY.exec(text);
		if (entry && section !== undefined)
			entries.push({
				section,
				key: entry[1]!,
				value: entry[2]!.trim(),
				line: i + 1,
			});
		else unread.push({ line: i + 1, text });
	}
	return { type: 'block', ...header, entries, complete, unread };
}

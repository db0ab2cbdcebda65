import { z } from 'astro/zod';
import { sourceSchema } from './page-frontmatter.ts';

/**
 * The six code tables. Each has its own numbering, so the same number can mean different things
 * in two families (260 is a DNS failure as a disconnect reason and a licensing error as an
 * extended reason). `freerdp` holds FreeRDP's connect errors (ERRCONNECT_*), numbered as FreeRDP
 * logs them: its connect class 0x0002 in the high 16 bits (0x2000d).
 */
export const codeFamilySchema = z.enum([
	'disconnect',
	'extended',
	'errorinfo',
	'negotiation',
	'reported',
	'freerdp',
]);
export type CodeFamily = z.infer<typeof codeFamilySchema>;

/** How well a meaning is backed: a Microsoft table, a vendor, community reports, or nothing solid. */
export const evidenceSchema = z.enum(['official', 'vendor', 'community', 'unverified']);
export type Evidence = z.infer<typeof evidenceSchema>;

/** Where a person meets the code. */
export const seenInSchema = z.enum([
	'dialog-error-code',
	'dialog-extended-code',
	'event-1026',
	'event-40',
	'server-errorinfo',
	'protocol-error-dialog',
	'negotiation-response',
	'app-dialog',
	'freerdp-log',
]);
export type SeenIn = z.infer<typeof seenInSchema>;

/** Who gives a symbolic name: Microsoft's API reference, the MS-RDPBCGR spec, or FreeRDP's source. */
export const nameOriginSchema = z.enum(['microsoft-api', 'ms-rdpbcgr', 'freerdp']);
export type NameOrigin = z.infer<typeof nameOriginSchema>;

/** One symbolic name of a code. */
export const codeNameSchema = z.object({
	/** The constant as written in its source, e.g. `disconnectReasonAtClientWinsockFDCLOSE`. */
	value: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a C identifier'),
	/** Who uses this name. */
	origin: nameOriginSchema,
});
export type CodeName = z.infer<typeof codeNameSchema>;

/** Lowercase hex with `0x` and no zero padding, the spelling used in ids and URLs. */
export const hexSchema = z
	.string()
	.regex(/^0x(0|[1-9a-f][0-9a-f]*)$/, 'lowercase hex such as 0x904');

/** One RDP code of one family. */
export const codeEntrySchema = z.object({
	/** `<family>/<hex>`, e.g. `disconnect/0x904`; unique across all families. */
	id: z.string().regex(/^[a-z]+\/0x[0-9a-f]+$/, 'an id such as disconnect/0x904'),
	/** The table the code belongs to. */
	family: codeFamilySchema,
	/** The value in hex (canonical spelling). */
	hex: hexSchema,
	/** The same value in decimal, as event 1026 logs it. */
	decimal: z.number().int().nonnegative().max(0xffffffff),
	/** Symbolic names, the preferred (spec or Microsoft) name first; empty for reported-only codes. */
	names: z.array(codeNameSchema),
	/** What the code means, in our own words. */
	meaning: z.string().min(10),
	/** Where a person sees it. */
	seenIn: z.array(seenInSchema).min(1),
	/** Cause ids (= guide slugs) that usually produce it; empty when no cause is known. */
	causes: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
	/** Where the meaning comes from. */
	sources: z.array(sourceSchema).min(1),
	/** How solid the meaning is. */
	evidence: evidenceSchema,
	/** Extra context shown under the meaning, optional. */
	note: z.string().optional(),
});
export type CodeEntry = z.infer<typeof codeEntrySchema>;

/**
 * The slim record the decoder island fetches: enough to match any spelling and show a result,
 * without sources or notes.
 */
export const codeIndexEntrySchema = codeEntrySchema
	.pick({
		id: true,
		family: true,
		decimal: true,
		meaning: true,
		evidence: true,
	})
	.extend({
		/** Symbolic names, preferred first. */
		names: z.array(z.string()),
		/** Cause ids, most likely first, for paste to diagnose; absent when the code names none. */
		causes: z.array(z.string()).optional(),
	});
export type CodeIndexEntry = z.infer<typeof codeIndexEntrySchema>;

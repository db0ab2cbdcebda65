import { z } from 'astro/zod';

/** Stable kebab-case id of a signature, unique across the whole graph (e.g. `rcm-1057`). */
const signatureId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case signature id');

/** Fields every signature carries, whatever evidence it looks for. */
const signatureBase = {
	/** Stable id; the paste matcher reports it as the evidence that matched. */
	id: signatureId,
	/** How telling a match is, from 0 (barely) to 1 (names the cause on its own). */
	weight: z.number().min(0).max(1),
	/** One line for the reader: why this evidence points at the cause. */
	why: z.string().min(10),
	/**
	 * Required when another cause carries an identical signature: how a person tells the
	 * causes apart (e.g. which follow-up check to run). Omitted for evidence unique to one cause.
	 */
	tellApart: z.string().min(10).optional(),
};

/** A Windows event: id plus its provider and/or log channel, optionally a message fragment. */
export const eventSignatureSchema = z
	.object({
		type: z.literal('event'),
		...signatureBase,
		/** The event ID as Event Viewer shows it. */
		eventId: z.number().int().min(0).max(65535),
		/** Provider (Event Viewer's "Source"), e.g. `Schannel`. */
		provider: z.string().min(2).optional(),
		/** Log channel, e.g. `System` or `Microsoft-Windows-TerminalServices-LocalSessionManager/Operational`. */
		channel: z.string().min(2).optional(),
		/** A fragment of the event message that must also appear (case-insensitive), e.g. `Reason= 2308`. */
		message: z.string().min(2).optional(),
	})
	.refine((s) => s.provider !== undefined || s.channel !== undefined, {
		error: 'an event signature names its provider, its channel, or both',
	});

/** An exact fragment of an error dialog or message text (matched case-insensitively). */
export const textSignatureSchema = z.object({
	type: z.literal('text'),
	...signatureBase,
	/** The fragment as Windows prints it, without placeholders. */
	fragment: z.string().min(6),
});

/** A registry value whose content points at the cause (as `reg query` prints it). */
export const registrySignatureSchema = z.object({
	type: z.literal('registry'),
	...signatureBase,
	/** Value name, e.g. `SecurityLayer`. */
	name: z.string().min(2),
	/** Key path as `reg query` prints it (HKEY_LOCAL_MACHINE\...); omitted when any key counts. */
	path: z.string().min(4).optional(),
	/** The data that indicates the cause, as `reg query` prints it (e.g. `0x0`). */
	value: z.string().min(1),
});

/**
 * A pattern in a command's output. `pattern` (a regex source) must match; when `unless` is set,
 * the signature only counts if `unless` matches nowhere in the pasted text (evidence by absence,
 * e.g. `qwinsta` output without an rdp-tcp Listen line).
 */
export const outputSignatureSchema = z.object({
	type: z.literal('output'),
	...signatureBase,
	/** The command whose output this reads, e.g. `Test-NetConnection`. */
	command: z.string().min(2),
	/** JavaScript regex source that must match the output. */
	pattern: z.string().min(1),
	/** Regex source that, when it matches anywhere, cancels the signature. */
	unless: z.string().min(1).optional(),
	/**
	 * When true, `pattern`'s first capture group holds a date and the signature only counts when
	 * that date lies before the "now" the matcher is given (e.g. an expired NotAfter). Default false.
	 */
	dateInPast: z.boolean().optional(),
	/** Regex flags for both patterns; defaults to `im` (case-insensitive, multi-line). */
	flags: z
		.string()
		.regex(/^[imsu]*$/, 'only the flags i, m, s and u (g and y make matching stateful)')
		.default('im'),
});

/** Typed evidence a matcher can look for in pasted text; discriminated on `type`. */
export const signatureSchema = z.discriminatedUnion('type', [
	eventSignatureSchema,
	textSignatureSchema,
	registrySignatureSchema,
	outputSignatureSchema,
]);
export type Signature = z.infer<typeof signatureSchema>;

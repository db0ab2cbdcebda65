/**
 * The collector's output format (src/collector/rdp-collect.ps1): a header line naming the
 * collector and its format, `[section]` lines, `key=value` lines, and `# end`. The schemas here
 * are the single source of what a value may look like; the parser validates every line with them.
 */
import { z } from 'astro/zod';

/** The collector version this site ships. */
export const COLLECTOR_VERSION = 1;
/** Formats this parser reads; an older one is named too old, a newer one asks for a reload. */
export const SUPPORTED_FORMATS: readonly number[] = [1];
/** Where the current collector is published, relative to the site's base. */
export const COLLECT_PATH = 'collect/';

/** `# rdp-troubleshooter collector 1 (format 1)`, with whatever a console put in front of it. */
export const HEADER = /#\s*rdp-troubleshooter collector (\d{1,4}) \(format (\d{1,4})\)\s*$/;
/** The last line of a complete block. */
export const END = /^\s*#\s*end\s*$/;

/** The sections the format knows, in the order the collector writes them. */
export const sectionSchema = z.enum([
	'run',
	'system',
	'registry',
	'client',
	'services',
	'listen',
	'certificates',
	'machinekeys',
	'firewall',
	'roles',
	'domain',
	'updates',
	'events',
]);
export type Section = z.infer<typeof sectionSchema>;

/** A value the collector could not read: `(error: …)`. */
export const ERROR_VALUE = /^\(error: (.*)\)$/;

const isoSchema = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, 'an ISO time in UTC');
const boolSchema = z.enum(['True', 'False']).transform((v) => v === 'True');
const intSchema = z
	.string()
	.regex(/^-?\d{1,10}$/, 'a whole number')
	.transform(Number);

/** `event=<log>|<provider>|<id>|<count>|<first>|<last>|<message>` (the message may hold `|`). */
export const eventLineSchema = z
	.string()
	.transform((v) => v.split('|'))
	.pipe(z.array(z.string()).min(7))
	.transform(([log, provider, id, count, first, last, ...message]) => ({
		log: log!,
		provider: provider!,
		id: id!,
		count: count!,
		first: first!,
		last: last!,
		message: message.join('|'),
	}))
	.pipe(
		z.object({
			log: z.string().min(1),
			provider: z.string().min(1),
			id: intSchema.pipe(z.number().min(0).max(65535)),
			count: intSchema.pipe(z.number().min(1)),
			first: isoSchema,
			last: isoSchema,
			message: z.string(),
		}),
	);
export type EventLine = z.infer<typeof eventLineSchema>;

/** `folder=` / `keyfile=`: `<sid>|Allow|<rights as an integer>`. */
export const aceSchema = z
	.string()
	.transform((v) => v.split('|'))
	.pipe(z.tuple([z.string().min(3), z.enum(['Allow', 'Deny']), intSchema]))
	.transform(([sid, type, rights]) => ({ sid, type, rights }));
export type Ace = z.infer<typeof aceSchema>;

/** `cert=<thumbprint>|notAfter=…|privateKey=…|selfSigned=…|subject=…`. */
export const certSchema = z
	.string()
	.regex(/^[^|]+\|notAfter=[^|]*\|privateKey=(True|False)\|selfSigned=(True|False)\|subject=/)
	.transform((v) => {
		const [thumbprint, notAfter, privateKey, selfSigned] = v.split('|');
		return {
			thumbprint: thumbprint!,
			notAfter: notAfter!.slice('notAfter='.length),
			privateKey: privateKey === 'privateKey=True',
			selfSigned: selfSigned === 'selfSigned=True',
		};
	});
export type Cert = z.infer<typeof certSchema>;

/** `tcp=<address>|pid=<pid>|process=<name>` in [listen]. */
export const listenSchema = z
	.string()
	.regex(/^[^|]+\|pid=\d+\|process=/)
	.transform((v) => {
		const [address, pid, process] = v.split('|');
		return {
			address: address!,
			pid: Number(pid!.slice(4)),
			process: process!.slice(8),
		};
	});

/** A service line: `<State>|pid=<pid>|start=<mode>`. */
export const serviceSchema = z
	.string()
	.regex(/^\w+\|pid=\d+\|start=\w*$/)
	.transform((v) => {
		const [state, pid] = v.split('|');
		return { state: state!, pid: Number(pid!.slice(4)) };
	});

/** `rule=<name>|enabled=<bool>|action=<Allow|Block>|profile=<…>`. */
export const ruleSchema = z
	.string()
	.regex(/^[\w-]+\|enabled=(True|False)\|action=\w+\|profile=/)
	.transform((v) => {
		const [name, enabled, action] = v.split('|');
		return {
			name: name!,
			enabled: enabled === 'enabled=True',
			action: action!.slice(7),
		};
	});

/** `hotfix=<KB…>|<installed ISO time>`. */
export const hotfixSchema = z
	.string()
	.transform((v) => v.split('|'))
	.pipe(z.tuple([z.string().min(2), isoSchema]))
	.transform(([id, installed]) => ({ id, installed }));

export { boolSchema, intSchema, isoSchema };

/**
 * The collector's output format (src/collector/rdp-collect.ps1): a header line naming the
 * collector and its format, `[section]` lines, `key=value` lines, and `# end`. The schemas here
 * are the single source of what a value may look like; the parser validates every line with them.
 * They use zod's tree-shakable `zod/mini` build: the full zod in the paste island would add about
 * 30 KB gzipped to the home page, past its byte budget (tests/dist/budgets.ts).
 */
import * as z from 'zod/mini';

/** The collector version this site ships. */
export const COLLECTOR_VERSION = 1;
/** Formats this parser reads; an older one is named too old, a newer one asks for a reload. */
export const SUPPORTED_FORMATS: readonly number[] = [1];

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

/** A schema that reads one printed value into T. */
export type ValueSchema<T> = z.ZodMiniType<T, string>;

const isoSchema = z
	.string()
	.check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, 'an ISO time in UTC'));
/** `True` / `False` as PowerShell prints booleans. */
export const boolSchema = z.pipe(
	z.enum(['True', 'False']),
	z.transform((v) => v === 'True'),
);
/** A whole number as printed. */
export const intSchema = z.pipe(
	z.string().check(z.regex(/^-?\d{1,10}$/, 'a whole number')),
	z.transform(Number),
);
/** Splits a `|`-separated value into at least `min` fields. */
const fields = (min: number) =>
	z
		.pipe(
			z.string(),
			z.transform((v) => v.split('|')),
		)
		.check(z.refine((f) => f.length >= min, `at least ${min} fields`));

/** `event=<log>|<provider>|<id>|<count>|<first>|<last>|<message>` (the message may hold `|`). */
export const eventLineSchema = z
	.pipe(
		fields(7),
		z.transform(([log, provider, id, count, first, last, ...message]) => ({
			log: log!,
			provider: provider!,
			id: id!,
			count: count!,
			first: first!,
			last: last!,
			message: message.join('|'),
		})),
	)
	.check(
		z.refine((e) => e.log !== '' && e.provider !== '', 'a log and a provider'),
		z.refine(
			(e) => /^\d{1,5}$/.test(e.id) && /^[1-9]\d{0,9}$/.test(e.count),
			'an event id and a count',
		),
		z.refine(
			(e) => isoSchema.safeParse(e.first).success && isoSchema.safeParse(e.last).success,
			'ISO times',
		),
	);
/** One event group as read: numbers parsed. */
export type EventLine = Omit<z.infer<typeof eventLineSchema>, 'id' | 'count'> & {
	readonly id: number;
	readonly count: number;
};
/** The event group with its numbers parsed. */
export const toEventLine = (e: z.infer<typeof eventLineSchema>): EventLine => ({
	...e,
	id: Number(e.id),
	count: Number(e.count),
});

/** `folder=` / `keyfile=`: `<sid>|Allow|<rights as an integer>`. */
export const aceSchema = z
	.pipe(
		fields(3),
		z.transform(([sid, type, rights]) => ({ sid: sid!, type: type!, rights: rights! })),
	)
	.check(
		z.refine(
			(a) => a.sid.length >= 3 && (a.type === 'Allow' || a.type === 'Deny'),
			'a SID and Allow or Deny',
		),
		z.refine((a) => /^\d{1,10}$/.test(a.rights), 'rights as a number'),
	);
/** One access control entry. */
export interface Ace {
	readonly sid: string;
	readonly type: 'Allow' | 'Deny';
	readonly rights: number;
}
/** The entry with its type and rights parsed. */
export const toAce = (a: z.infer<typeof aceSchema>): Ace => ({
	sid: a.sid,
	type: a.type === 'Deny' ? 'Deny' : 'Allow',
	rights: Number(a.rights),
});

const shaped = <T>(pattern: RegExp, read: (parts: string[]) => T): ValueSchema<T> =>
	z.pipe(
		z.string().check(z.regex(pattern)),
		z.transform((v) => read(v.split('|'))),
	);

/** `cert=<thumbprint>|notAfter=…|privateKey=…|selfSigned=…|subject=…`. */
export const certSchema = shaped(
	/^[^|]+\|notAfter=[^|]*\|privateKey=(True|False)\|selfSigned=(True|False)\|subject=/,
	([thumbprint, notAfter, privateKey, selfSigned]) => ({
		thumbprint: thumbprint!,
		notAfter: notAfter!.slice('notAfter='.length),
		privateKey: privateKey === 'privateKey=True',
		selfSigned: selfSigned === 'selfSigned=True',
	}),
);
export type Cert = z.infer<typeof certSchema>;

/** `tcp=<address>|pid=<pid>|process=<name>` in [listen]. */
export const listenSchema = shaped(/^[^|]+\|pid=\d+\|process=/, ([address, pid, process]) => ({
	address: address!,
	pid: Number(pid!.slice(4)),
	process: process!.slice(8),
}));

/** A service line: `<State>|pid=<pid>|start=<mode>`. */
export const serviceSchema = shaped(/^\w+\|pid=\d+\|start=\w*$/, ([state, pid]) => ({
	state: state!,
	pid: Number(pid!.slice(4)),
}));

/** `rule=<name>|enabled=<bool>|action=<Allow|Block>|profile=<…>`. */
export const ruleSchema = shaped(
	/^[\w-]+\|enabled=(True|False)\|action=\w+\|profile=/,
	([name, enabled, action]) => ({
		name: name!,
		enabled: enabled === 'enabled=True',
		action: action!.slice(7),
	}),
);

/** `hotfix=<KB…>|<installed ISO time>`. */
export const hotfixSchema = shaped(
	/^[^|]{2,}\|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
	([id, installed]) => ({
		id: id!,
		installed: installed!,
	}),
);

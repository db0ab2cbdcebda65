/**
 * The typed snapshot of a machine that src/lib/collector/read.ts builds from a collector block:
 * what each section of the output says, every value with the line it came from.
 */
import type { Ace, Cert, EventLine } from './format.ts';

export type Lined<T> = T & { readonly line: number };

/** A registry value as the collector printed it. */
export interface RegValue {
	readonly state: 'value' | 'not set' | 'no key' | 'error';
	/** The data (decimal for numbers), or the error message. */
	readonly data: string;
	readonly line: number;
}

/** What the block says about the machine. */
export interface Snapshot {
	readonly mode: 'server' | 'client' | undefined;
	readonly collected: Date | undefined;
	readonly days: number | undefined;
	readonly productType: number | undefined;
	readonly domainJoined: boolean | undefined;
	readonly azure: Lined<{ value: boolean }> | undefined;
	/** By `normalizeKey(key)\name` in lower case. */
	readonly registry: ReadonlyMap<string, RegValue & { key: string; name: string }>;
	readonly services: ReadonlyMap<string, Lined<{ state: string; pid: number }>>;
	readonly sockets: readonly Lined<{
		address: string;
		pid: number;
		process: string;
	}>[];
	/** The line saying nothing listens on the port, if printed. */
	readonly nothingListens: number | undefined;
	readonly sessions: Lined<{ value: number }> | undefined;
	readonly certs: readonly Lined<Cert>[];
	readonly folderAcl: readonly Lined<Ace>[];
	readonly keyfileAcl: readonly Lined<Ace>[];
	readonly keyfiles: number | undefined;
	readonly rules: readonly Lined<{
		name: string;
		enabled: boolean;
		action: string;
	}>[];
	readonly roles: ReadonlyMap<string, Lined<{ value: string }>>;
	readonly secureChannel: Lined<{ value: boolean }> | undefined;
	readonly clockOffset: Lined<{ value: number }> | undefined;
	readonly hotfixes: readonly Lined<{ id: string; installed: string }>[];
	/** Event logs the collector read, by lower-case name, with the line that says so. */
	readonly logsRead: ReadonlyMap<string, number>;
	readonly events: readonly Lined<EventLine>[];
	readonly tcp: Lined<{ value: boolean }> | undefined;
	readonly resolveFailed: number | undefined;
	/** Everything that could not be read, with why. */
	readonly errors: readonly Lined<{ what: string; message: string }>[];
	/** Values that do not fit the format. */
	readonly invalid: readonly Lined<{ text: string }>[];
}

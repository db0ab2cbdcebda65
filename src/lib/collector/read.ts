/**
 * Turns a block's entries into a typed snapshot of the machine: each value checked with the
 * format's schemas. A value the collector could not read (`(error: …)`) is kept as an error with
 * its line; a value that does not fit its schema is listed as invalid, never guessed at.
 */
import { normalizeKey } from '../diagnose/registry.ts';
import {
	aceSchema,
	boolSchema,
	certSchema,
	ERROR_VALUE,
	eventLineSchema,
	hotfixSchema,
	intSchema,
	listenSchema,
	ruleSchema,
	serviceSchema,
	toAce,
	toEventLine,
	type ValueSchema,
} from './format.ts';
import type { Entry } from './parse.ts';
import type { Snapshot } from './snapshot.ts';

// The snapshot while it is being filled.
type Draft = {
	-readonly [K in keyof Snapshot]: Snapshot[K] extends ReadonlyMap<infer A, infer B>
		? Map<A, B>
		: Snapshot[K] extends readonly (infer T)[]
			? T[]
			: Snapshot[K];
};
type Take = <T>(schema: ValueSchema<T>, use: (v: T) => void) => void;

function emptyDraft(): Draft {
	return {
		mode: undefined,
		collected: undefined,
		days: undefined,
		productType: undefined,
		domainJoined: undefined,
		azure: undefined,
		registry: new Map(),
		services: new Map(),
		sockets: [],
		nothingListens: undefined,
		sessions: undefined,
		certs: [],
		folderAcl: [],
		keyfileAcl: [],
		keyfiles: undefined,
		rules: [],
		roles: new Map(),
		secureChannel: undefined,
		clockOffset: undefined,
		hotfixes: [],
		logsRead: new Map(),
		events: [],
		tcp: undefined,
		resolveFailed: undefined,
		errors: [],
		invalid: [],
	};
}

/** Reads the entries; never throws. */
export function readSnapshot(entries: readonly Entry[]): Snapshot {
	const s = emptyDraft();
	for (const e of entries) {
		const id = `${e.section}.${e.key}`;
		const error = ERROR_VALUE.exec(e.value);
		const invalid = (): void => void s.invalid.push({ line: e.line, text: `${e.key}=${e.value}` });
		const take: Take = (schema, use) => {
			const r = schema.safeParse(e.value);
			if (r.success) use(r.data);
			else invalid();
		};
		if (error && e.section !== 'registry') {
			s.errors.push({ line: e.line, what: id, message: error[1]! });
			continue;
		}
		switch (e.section) {
			case 'registry': {
				const slash = e.key.lastIndexOf('\\');
				if (slash < 1) {
					invalid();
					break;
				}
				const key = e.key.slice(0, slash);
				const name = e.key.slice(slash + 1);
				const state = error
					? 'error'
					: e.value === '(not set)'
						? 'not set'
						: e.value === '(no key)'
							? 'no key'
							: 'value';
				if (error) s.errors.push({ line: e.line, what: e.key, message: error[1]! });
				s.registry.set(`${normalizeKey(key)}\\${name.toLowerCase()}`, {
					key,
					name,
					state,
					data: error ? error[1]! : e.value,
					line: e.line,
				});
				break;
			}
			case 'events':
				if (e.key === 'event')
					take(eventLineSchema, (v) => s.events.push({ ...toEventLine(v), line: e.line }));
				else if (e.key === 'log') {
					const [log, status, ...rest] = e.value.split('|');
					if (status === 'read') s.logsRead.set(log!.toLowerCase(), e.line);
					else {
						const m = ERROR_VALUE.exec([status, ...rest].join('|'));
						s.errors.push({
							line: e.line,
							what: `log ${log}`,
							message: m?.[1] ?? e.value,
						});
					}
				} else invalid();
				break;
			default:
				readSimple(s, e, id, take, invalid);
		}
	}
	return s;
}

function readSimple(s: Draft, e: Entry, id: string, take: Take, invalid: () => void): void {
	const line = e.line;
	switch (id) {
		case 'run.mode':
			s.mode = e.value === 'client' ? 'client' : e.value === 'server' ? 'server' : undefined;
			return;
		case 'run.collected': {
			const date = new Date(e.value);
			if (Number.isNaN(date.getTime())) invalid();
			else s.collected = date;
			return;
		}
		case 'run.days':
			take(intSchema, (v) => (s.days = v));
			return;
		case 'system.productType':
			take(intSchema, (v) => (s.productType = v));
			return;
		case 'system.domainJoined':
			take(boolSchema, (v) => (s.domainJoined = v));
			return;
		case 'system.azure':
			take(boolSchema, (value) => (s.azure = { value, line }));
			return;
		case 'listen.tcp':
			if (e.value === '(nothing listens)') s.nothingListens = line;
			else take(listenSchema, (v) => s.sockets.push({ ...v, line }));
			return;
		case 'listen.qwinsta.sessions':
			take(intSchema, (value) => (s.sessions = { value, line }));
			return;
		case 'certificates.cert':
			if (e.value !== '(store is empty)') take(certSchema, (v) => s.certs.push({ ...v, line }));
			return;
		case 'machinekeys.folder':
			take(aceSchema, (v) => s.folderAcl.push({ ...toAce(v), line }));
			return;
		case 'machinekeys.keyfile':
			take(aceSchema, (v) => s.keyfileAcl.push({ ...toAce(v), line }));
			return;
		case 'machinekeys.keyfiles':
			take(intSchema, (v) => (s.keyfiles = v));
			return;
		case 'firewall.rule':
			take(ruleSchema, (v) => s.rules.push({ ...v, line }));
			return;
		case 'domain.secureChannel':
			if (e.value.startsWith('(')) return; // "(not a domain member)"
			take(boolSchema, (value) => (s.secureChannel = { value, line }));
			return;
		case 'domain.clockOffset': {
			const m = /^([+-]?\d{1,9}(?:\.\d+)?)s$/.exec(e.value);
			if (m) s.clockOffset = { value: Number(m[1]), line };
			else invalid();
			return;
		}
		case 'updates.hotfix':
			take(hotfixSchema, (v) => s.hotfixes.push({ ...v, line }));
			return;
		case 'client.tcp':
			take(boolSchema, (value) => (s.tcp = { value, line }));
			return;
		case 'client.resolve':
			if (e.value.startsWith('failed')) s.resolveFailed = line;
			return;
	}
	if (e.section === 'services') take(serviceSchema, (v) => s.services.set(e.key, { ...v, line }));
	else if (e.section === 'roles') s.roles.set(e.key, { value: e.value, line });
	// Everything else (os, build, host, port, mstsc, profiles, …) is for the person reading it.
}

/**
 * `reg query` output: a key line (`HKEY_LOCAL_MACHINE\…`) followed by indented value lines
 * (`    SecurityLayer    REG_DWORD    0x2`). `/s` prints several keys; each value keeps its key.
 */
import type { Lines } from './lines.ts';

/** One registry value as `reg query` printed it. */
export interface RegistryValue {
	/** Full key path with the hive spelled out (`HKEY_LOCAL_MACHINE\…`), or '' when none was printed. */
	readonly key: string;
	/** Value name. */
	readonly name: string;
	/** The data as printed, e.g. `0x0`. */
	readonly data: string;
	/** 1-based line of the value. */
	readonly line: number;
}

const HIVES: Readonly<Record<string, string>> = {
	HKLM: 'HKEY_LOCAL_MACHINE',
	HKCU: 'HKEY_CURRENT_USER',
	HKU: 'HKEY_USERS',
	HKCR: 'HKEY_CLASSES_ROOT',
	HKCC: 'HKEY_CURRENT_CONFIG',
};

/** A key path with its hive abbreviation expanded and no trailing backslash, compared case-insensitively. */
export function normalizeKey(path: string): string {
	let end = path.trimEnd().length;
	// A loop, not /\\+$/: that regex retries from every backslash of a long run (quadratic).
	while (end > 0 && path.charCodeAt(end - 1) === 92) end--;
	const trimmed = path.slice(0, end).trim();
	const slash = trimmed.indexOf('\\');
	const hive = slash === -1 ? trimmed : trimmed.slice(0, slash);
	const full = HIVES[hive.toUpperCase()] ?? hive;
	return (full + (slash === -1 ? '' : trimmed.slice(slash))).toLowerCase();
}

/** Whether two printed registry data are the same value (`0x0` equals `0x00000000` and `0`). */
export function sameData(a: string, b: string): boolean {
	const number = (s: string): number | undefined => {
		const t = s.trim();
		if (/^0x[0-9a-f]{1,16}$/i.test(t)) return Number.parseInt(t.slice(2), 16);
		if (/^\d{1,15}$/.test(t)) return Number(t);
		return undefined;
	};
	const x = number(a);
	const y = number(b);
	if (x !== undefined && y !== undefined) return x === y;
	return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Every value line in the paste with the key printed above it. */
export function parseRegistry(lines: Lines): RegistryValue[] {
	const values: RegistryValue[] = [];
	let key = '';
	lines.text.forEach((line, i) => {
		if (/^(?:HKEY_[A-Z_]+|HK(?:LM|CU|U|CR|CC))(?:\\|$)/.test(line)) {
			key = normalizeKey(line);
			return;
		}
		const type = /\s(REG_[A-Z0-9_]{2,30})(?:\s|$)/.exec(line);
		if (!type || !/^\s/.test(line)) return;
		const name = line.slice(0, type.index).trim();
		if (name === '') return;
		values.push({ key, name, data: line.slice(type.index + type[0].length).trim(), line: i + 1 });
	});
	return values;
}

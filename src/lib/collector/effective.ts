/** Effective RDP settings: a Group Policy value wins over the local one. */
import { normalizeKey } from '../diagnose/registry.ts';
import type { RegValue, Snapshot } from './snapshot.ts';

const POLICY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services';
const TS = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server';
const RDP_TCP = `${TS}\\WinStations\\RDP-Tcp`;

/** A value as Windows applies it: the policy's when set, else the local one. */
export interface Effective {
	/** The number, or undefined when neither is set (Windows uses its default). */
	readonly value: number | undefined;
	readonly line: number;
	readonly from: 'policy' | 'local setting' | 'default';
}

/**
 * The effective value of an RDP setting: Group Policy (`…\Policies\…\Terminal Services`) wins
 * over the local value (`…\Terminal Server` for fDenyTSConnections, `…\RDP-Tcp` otherwise).
 * Undefined when neither was printed or one could not be read.
 */
export function effective(s: Snapshot, name: string): Effective | undefined {
	const at = (key: string) => s.registry.get(`${normalizeKey(key)}\\${name.toLowerCase()}`);
	const policy = at(POLICY);
	const local = at(name === 'fDenyTSConnections' ? TS : RDP_TCP);
	const use = (r: RegValue, from: Effective['from']): Effective | undefined => {
		const value = Number(r.data);
		return Number.isFinite(value) ? { value, line: r.line, from } : undefined;
	};
	if (policy?.state === 'value') return use(policy, 'policy');
	if (local?.state === 'value') return use(local, 'local setting');
	const printed = [policy, local].filter((r) => r !== undefined);
	if (printed.length === 0 || printed.some((r) => r.state === 'error')) return undefined;
	return { value: undefined, line: printed[0]!.line, from: 'default' };
}

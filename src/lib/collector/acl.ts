/**
 * The MachineKeys check of the tree (question machinekeys-acl), on the ACEs the collector prints
 * as SIDs, so a German "Jeder" and an English "Everyone" read alike. Microsoft lists: folder,
 * Administrators full control and Everyone read and write; RDP key file (f686aace…), SYSTEM full
 * control and NETWORK SERVICE read. Further allow entries are fine; a deny entry is not.
 */
import type { Fact } from '../diagnose/facts.ts';
import type { Ace } from './format.ts';
import type { Snapshot } from './snapshot.ts';

const SID = {
	administrators: 'S-1-5-32-544',
	everyone: 'S-1-1-0',
	system: 'S-1-5-18',
	networkService: 'S-1-5-20',
};
const FULL = 0x1f01ff;
const GENERIC_ALL = 0x10000000;
const READ_DATA = 0x1;
const WRITE_DATA = 0x2;

const grants = (acl: readonly Ace[], sid: string, bits: number): boolean =>
	acl.some(
		(a) =>
			a.sid === sid &&
			a.type === 'Allow' &&
			((a.rights & bits) === bits || (a.rights & GENERIC_ALL) !== 0),
	);

/** What is wrong with the folder's ACL, or undefined when it is as Microsoft lists it. */
export function folderProblem(acl: readonly Ace[]): string | undefined {
	if (acl.some((a) => a.type === 'Deny')) return 'a deny entry on the MachineKeys folder';
	if (!grants(acl, SID.administrators, FULL))
		return 'Administrators lack full control of the MachineKeys folder';
	if (!grants(acl, SID.everyone, READ_DATA | WRITE_DATA))
		return 'Everyone lacks read and write on the MachineKeys folder';
	return undefined;
}

/** What is wrong with the key file's ACL, or undefined when it is as Microsoft lists it. */
export function keyFileProblem(acl: readonly Ace[]): string | undefined {
	if (acl.some((a) => a.type === 'Deny')) return 'a deny entry on the RDP key file';
	if (!grants(acl, SID.system, FULL)) return 'SYSTEM lacks full control of the RDP key file';
	if (!grants(acl, SID.networkService, READ_DATA))
		return 'NETWORK SERVICE cannot read the RDP key file';
	return undefined;
}

/** The machinekeys-acl fact, when the ACLs settle it. */
export function aclFacts(s: Snapshot): Fact[] {
	const folder = s.folderAcl;
	if (folder.length === 0) return [];
	const bad = folderProblem(folder);
	if (bad)
		return [
			{
				id: 'collector-machinekeys-changed',
				line: folder[0]!.line,
				what: `MachineKeys: ${bad}`,
			},
		];
	const file = s.keyfileAcl;
	const fileBad = file.length > 0 ? keyFileProblem(file) : undefined;
	if (fileBad)
		return [
			{
				id: 'collector-machinekeys-changed',
				line: file[0]!.line,
				what: `MachineKeys: ${fileBad}`,
			},
		];
	// A key file whose ACL could not be read proves nothing: a healthy one denies administrators.
	if (file.length === 0 || s.errors.some((e) => e.what === 'machinekeys.keyfile')) return [];
	return [
		{
			id: 'collector-machinekeys-ok',
			line: folder[0]!.line,
			what: 'MachineKeys folder and RDP key file permissions as Microsoft lists them',
		},
	];
}

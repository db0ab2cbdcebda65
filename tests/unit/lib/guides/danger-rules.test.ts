import { describe, expect, it } from 'vitest';
import { BACKUP_PATTERN, dangersIn } from '../../../../src/lib/guides/danger-rules.ts';

const TS =
	'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp"';
const POLICY = 'reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services"';
const SCHANNEL =
	'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';

describe('dangersIn', () => {
	const cases: { line: string; rule: string | null }[] = [
		{ line: `${TS} /v UserAuthentication /t REG_DWORD /d 0 /f`, rule: 'nla-off' },
		{ line: `${TS} /v UserAuthentication /t REG_DWORD /d 1 /f`, rule: null },
		{ line: `${POLICY} /v SecurityLayer /t REG_DWORD /d 0 /f`, rule: 'security-layer-rdp' },
		{ line: `${POLICY} /v SecurityLayer /t REG_DWORD /d 2 /f`, rule: null },
		{
			line: "Invoke-AzVMRunCommand -ResourceGroupName $RgName -VMName $VmName -CommandId 'RDPSettings'",
			rule: 'azure-rdp-reset',
		},
		{
			line: 'az vm run-command invoke --command-id ResetRDPCert --name vm -g rg',
			rule: 'azure-rdp-reset',
		},
		{
			line: "Invoke-AzVMRunCommand -ResourceGroupName $RgName -VMName $VmName -CommandId 'RunPowerShellScript'",
			rule: null,
		},
		{
			line: 'reg add HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP\\Parameters /v AllowEncryptionOracle /t REG_DWORD /d 2 /f',
			rule: 'encryption-oracle-vulnerable',
		},
		{
			line: `${SCHANNEL}\\TLS 1.0\\Server" /v Enabled /t REG_DWORD /d 1 /f`,
			rule: 'legacy-tls-on',
		},
		{ line: `${SCHANNEL}\\TLS 1.2\\Server" /v Enabled /t REG_DWORD /d 1 /f`, rule: null },
		{
			line: "Remove-Item -Path 'Cert:\\LocalMachine\\Remote Desktop\\ABC'",
			rule: 'certificate-delete',
		},
		{
			line: 'icacls C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys /t /c /grant "BUILTIN\\Administrators:(F)"',
			rule: 'acl-change',
		},
		{ line: 'icacls C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys /t /c', rule: null },
		{
			line: "Get-NetFirewallRule -DisplayGroup 'Remote Desktop' | Set-NetFirewallRule -Enabled True",
			rule: 'firewall-change',
		},
		{
			line: 'Add-LocalGroupMember -Group Administrators -Member "Network Service"',
			rule: 'network-service-admin',
		},
		{
			line: "Add-LocalGroupMember -Group 'RDS Endpoint Servers' -Member 'NT AUTHORITY\\NETWORK SERVICE'",
			rule: null,
		},
		{
			line: 'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" /v MaxOutstandingConnections /t REG_DWORD /d 3000 /f',
			rule: 'max-outstanding-connections',
		},
		{
			line: 'reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" /v MaxOutstandingConnections',
			rule: null,
		},
		{ line: 'wusa /uninstall /kb:5074109', rule: 'update-removed' },
		{
			line: 'secedit /configure /db C:\\rdp-backup\\rights.sdb /cfg C:\\rdp-backup\\rights.inf /areas USER_RIGHTS',
			rule: 'user-rights-change',
		},
		{ line: 'secedit /export /areas USER_RIGHTS /cfg C:\\rdp-backup\\rights.inf', rule: null },
	];

	it.each(cases)('flags "$line" as $rule', ({ line, rule }) => {
		expect(dangersIn(line).map((r) => r.id)).toEqual(rule === null ? [] : [rule]);
	});
});

describe('BACKUP_PATTERN', () => {
	it.each([
		[
			'reg export "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" C:\\backup\\ts.reg /y',
			true,
		],
		[
			'icacls C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys /save C:\\backup\\acl.txt /t /c',
			true,
		],
		['netsh advfirewall export C:\\backup\\firewall.wfw', true],
		['secedit /export /areas USER_RIGHTS /cfg C:\\rdp-backup\\rights.inf', true],
		['reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server"', false],
	])('recognises "%s" as a backup: %s', (line, expected) => {
		expect(BACKUP_PATTERN.test(line)).toBe(expected);
	});
});

/**
 * Commands that lower security or can lock someone out. A guide that shows one must put a
 * `:::danger` aside before it (in the same section) and a backup command before it, so the
 * reader can always get back. Patterns match one command line inside a code block.
 */

/** One kind of risky command and how to recognise it. */
export type DangerRule = { id: string; label: string; pattern: RegExp };

export const DANGER_RULES: readonly DangerRule[] = [
	{
		id: 'nla-off',
		label: 'turning off Network Level Authentication',
		pattern: /UserAuthentication\b.*\/d\s+0\b|DisableNLA/i,
	},
	{
		id: 'security-layer-rdp',
		label: 'SecurityLayer 0 (native RDP security)',
		pattern: /SecurityLayer\b.*\/d\s+0\b/i,
	},
	{
		id: 'encryption-oracle-vulnerable',
		label: 'AllowEncryptionOracle 2 (Vulnerable)',
		pattern: /AllowEncryptionOracle\b.*\/d\s+2\b/i,
	},
	{
		id: 'legacy-tls-on',
		label: 'enabling TLS 1.0 or 1.1',
		pattern: /TLS 1\.[01]\\.*(\/v\s+Enabled\b.*\/d\s+1\b|\/v\s+DisabledByDefault\b.*\/d\s+0\b)/i,
	},
	{ id: 'fips-off', label: 'turning off FIPS mode', pattern: /FIPSAlgorithmPolicy\b.*\/d\s+0\b/i },
	{
		id: 'encryption-level-lowered',
		label: 'lowering MinEncryptionLevel',
		pattern: /MinEncryptionLevel\b.*\/d\s+[12]\b/i,
	},
	{
		id: 'certificate-delete',
		label: 'deleting a certificate',
		pattern: /Remove-Item\b.*Cert:|Cert:.*Remove-Item\b|certutil\b.*-delstore/i,
	},
	{
		id: 'certificate-binding-delete',
		label: 'deleting the certificate binding',
		pattern: /reg(\.exe)?\s+delete\b.*SSLCertificateSHA1Hash/i,
	},
	{
		id: 'acl-change',
		label: 'changing file permissions (ACLs) or ownership',
		pattern: /\bicacls\b.*\/(grant|remove|reset|deny|setowner|inheritance)|\btakeown\b/i,
	},
	{
		id: 'firewall-change',
		label: 'changing the firewall',
		pattern:
			/Set-NetFirewallProfile|Set-NetFirewallRule|New-NetFirewallRule|Remove-NetFirewallRule|netsh\s+advfirewall\s+(set|reset|firewall\s+(add|set|delete))/i,
	},
	{
		id: 'network-service-admin',
		label: 'adding NETWORK SERVICE to Administrators',
		pattern:
			/Add-LocalGroupMember\b(?=.*-Group\s+'?Administrators\b)(?=.*Network Service)|net\s+localgroup\s+administrators\b.*network service.*\/add/i,
	},
	{
		id: 'max-outstanding-connections',
		label: 'raising MaxOutstandingConnections',
		pattern: /(reg(\.exe)?\s+add|New-ItemProperty|Set-ItemProperty)\b.*MaxOutstandingConnections/i,
	},
	{
		id: 'group-policy-stopped',
		label: 'disabling the Group Policy service',
		pattern: /gpsvc\b.*\/d\s+4\b/i,
	},
	{
		id: 'update-removed',
		label: 'uninstalling a Windows update',
		pattern: /\bwusa(\.exe)?\b.*\/uninstall/i,
	},
	{
		// Azure's built-in Run Commands that put RDP settings or the listener certificate back to the
		// defaults (Microsoft's Run Command list): an administrator's port, security layer or CA
		// certificate is lost.
		id: 'azure-rdp-reset',
		label: 'resetting RDP settings or the certificate with an Azure Run Command',
		pattern: /(-CommandId|--command-id)\s+['"]?(RDPSettings|ResetRDPCert)\b/i,
	},
	{
		// Applying a security template rewrites user rights such as "Allow log on through Remote
		// Desktop Services": a wrong line can lock every administrator out of remote sign-in.
		id: 'user-rights-change',
		label: 'changing user rights with a security template',
		pattern: /\bsecedit(\.exe)?\b.*\/configure\b/i,
	},
	{
		id: 'listener-replaced',
		label: 'deleting the RDP-Tcp listener key',
		pattern: /reg(\.exe)?\s+delete\b.*WinStations\\RDP-Tcp"?\s+\/f/i,
	},
];

/** A command that saves the current state so it can be restored. */
export const BACKUP_PATTERN =
	/\breg(\.exe)?\s+export\b|\bicacls\b.*\/save\b|Export-PfxCertificate|netsh\s+advfirewall\s+export|Export-Clixml|Get-LocalGroupMember|New-AzSnapshot|az\s+snapshot\s+create|\bsecedit(\.exe)?\b.*\/export\b/i;

/** The rules one command line breaks. */
export function dangersIn(line: string): DangerRule[] {
	return DANGER_RULES.filter((rule) => rule.pattern.test(line));
}

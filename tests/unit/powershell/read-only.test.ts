import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOnlyViolations } from './read-only.ts';

const script = readFileSync('src/collector/rdp-collect.ps1', 'utf8');

describe('the collector is read-only by construction', () => {
	it('uses only reading commands, methods and types', async () => {
		expect(await readOnlyViolations(script)).toEqual([]);
	});

	it.each([
		[
			"Set-ItemProperty -Path 'HKLM:\\SYSTEM\\x' -Name y -Value 1",
			/Set-ItemProperty, which is not on the allow-list/,
		],
		['Remove-Item C:\\x', /Remove-Item/],
		['New-Item -Path C:\\x -ItemType File', /New-Item/],
		['reg add "HKLM\\SOFTWARE\\x" /v y /d 1', /runs reg in a form that writes/],
		['icacls C:\\x /grant Everyone:F', /runs icacls in a form that writes/],
		['Invoke-Expression $text', /Invoke-Expression/],
		["Invoke-WebRequest -Uri 'https://example.org/x.ps1'", /Invoke-WebRequest/],
		["Start-BitsTransfer -Source 'https://example.org/x'", /Start-BitsTransfer/],
		[
			"(New-Object Net.WebClient).DownloadString('https://example.org/x')",
			/New-Object|DownloadString/,
		],
		[
			"[Net.WebClient]::new().DownloadFile('https://example.org/x', 'x')",
			/net\.webclient|DownloadFile/i,
		],
		['Start-Process cmd.exe', /Start-Process/],
		['Test-ComputerSecureChannel -Repair', /passes -Repair/],
		['& $command', /computed/],
		["Write-Output 'x' > C:\\out.txt", /redirects output into a file/],
		['$svc.StartMode = 1', /assigns to a property/],
		['$key.SetValue("x", 1)', /method setvalue/],
	])('fails when the script gets %s', async (line, why) => {
		const found = await readOnlyViolations(`${script}\n${line}\n`);
		expect(found.length).toBeGreaterThan(0);
		expect(found.map((v) => `line ${v.line}: ${v.why}`).join('\n')).toMatch(why);
	});
});

# rdp-troubleshooter collector: reads, and never changes, what the site's Remote Desktop decision
# tree asks about, and prints one block to paste into the site's paste box. Host, user and domain
# names, IP addresses and thumbprints become placeholders unless you pass -IncludeNames.
# On the RDP host, as an administrator:   .\rdp-collect.ps1
# On the failing client:                  .\rdp-collect.ps1 -Client -ComputerName <host>
param(
    [switch]$Client,
    [string]$ComputerName = '',
    [int]$Port = 3389,
    [int]$Days = 7,
    [switch]$IncludeNames
)

$Version = 1
$Format = 1
$since = (Get-Date).AddDays(-$Days)
$cs = $null
$script:placeholders = @{}
$known = @($env:COMPUTERNAME, $env:USERDNSDOMAIN, $env:USERDOMAIN, $env:USERNAME, $ComputerName) |
    Where-Object { $_ -and $_.Length -ge 3 } | Sort-Object Length -Descending

function Hide([string]$kind, [string]$value) {
    if ($IncludeNames -or [string]::IsNullOrEmpty($value)) { return $value }
    $key = $kind + '|' + $value.ToLower()
    if (-not $script:placeholders.ContainsKey($key)) {
        $script:placeholders[$key] = '<' + $kind + '-' + ($script:placeholders.Count + 1) + '>'
    }
    return $script:placeholders[$key]
}

function Clean([string]$text) {
    if ($null -eq $text) { return '' }
    $t = ($text -replace '\s+', ' ').Trim()
    if (-not $IncludeNames) {
        foreach ($name in $known) { $t = $t -replace [regex]::Escape($name), (Hide 'name' $name) }
        $t = [regex]::Replace($t, '\b\d{1,3}(\.\d{1,3}){3}\b', { param($m) Hide 'ip' $m.Value })
        $t = [regex]::Replace($t, '(?i)\b([0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\b', { param($m) Hide 'ip' $m.Value })
    }
    if ($t.Length -gt 300) { $t = $t.Substring(0, 300) + '...' }
    return $t
}

function Iso($date) { if ($null -eq $date) { return '' } return ([datetime]$date).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ') }
function Why($err) { return '(error: ' + (Clean $err.Exception.Message) + ')' }
function Section([string]$name) { Write-Output ('[' + $name + ']') }

function Read-Value([string]$key, [string]$name) {
    $path = 'Registry::HKEY_LOCAL_MACHINE\' + $key
    try {
        if (-not (Test-Path -LiteralPath $path)) { $v = '(no key)' }
        else {
            $item = Get-Item -LiteralPath $path -ErrorAction Stop
            if ($item.GetValueNames() -notcontains $name) { $v = '(not set)' }
            else {
                $v = $item.GetValue($name)
                if ($v -is [byte[]]) { $v = Hide 'cert' (($v | ForEach-Object { $_.ToString('X2') }) -join '') }
                elseif ($v -is [array]) { $v = Clean ($v -join ';') }
                else { $v = Clean ([string]$v) }
            }
        }
    } catch { $v = Why $_ }
    Write-Output ('HKLM\' + $key + '\' + $name + '=' + $v)
}

function Read-Events([string]$log, [int[]]$ids, [switch]$RemoteOnly) {
    try {
        $found = @(Get-WinEvent -FilterHashtable @{ LogName = $log; Id = $ids; StartTime = $since } -ErrorAction Stop)
    } catch {
        if ($_.FullyQualifiedErrorId -notlike 'NoMatchingEventsFound*') { Write-Output ('log=' + $log + '|' + (Why $_)); return }
        $found = @()
    }
    Write-Output ('log=' + $log + '|read')
    # LocalSessionManager 21/25 carry the client address as their third property; LOCAL is the console.
    if ($RemoteOnly) { $found = @($found | Where-Object { [string]$_.Properties[2].Value -ne 'LOCAL' }) }
    $found | Group-Object -Property 'ProviderName', 'Id' | ForEach-Object {
        $g = @($_.Group | Sort-Object TimeCreated)
        $last = $g[-1]
        Write-Output ('event=' + $log + '|' + $last.ProviderName + '|' + $last.Id + '|' + $g.Count + '|' +
            (Iso $g[0].TimeCreated) + '|' + (Iso $last.TimeCreated) + '|' + (Clean $last.Message))
    }
}

$rdpTcp = 'SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
$tsPolicy = 'SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'
$schannel = 'SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols'
$credssp = 'SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters'
$mode = @('server', 'client')[[int][bool]$Client]
$names = @('hidden', 'included')[[int][bool]$IncludeNames]

Write-Output ('# rdp-troubleshooter collector ' + $Version + ' (format ' + $Format + ')')
Section 'run'
Write-Output ('mode=' + $mode)
Write-Output ('collected=' + (Iso (Get-Date)))
Write-Output ('days=' + $Days)
Write-Output ('names=' + $names)
Write-Output ('powershell=' + $PSVersionTable.PSVersion.ToString())

Section 'system'
try {
    $os = Get-CimInstance -ClassName Win32_OperatingSystem -ErrorAction Stop
    $cs = Get-CimInstance -ClassName Win32_ComputerSystem -ErrorAction Stop
    Write-Output ('os=' + $os.Caption)
    Write-Output ('build=' + $os.Version)
    Write-Output ('productType=' + $os.ProductType)
    Write-Output ('host=' + (Hide 'name' $env:COMPUTERNAME))
    Write-Output ('domainJoined=' + $cs.PartOfDomain)
    $known = @($known + $cs.Domain) | Where-Object { $_ -and $_.Length -ge 3 } | Sort-Object Length -Descending
} catch { Write-Output ('system=' + (Why $_)) }
try {
    $tag = (Get-CimInstance -ClassName Win32_SystemEnclosure -ErrorAction Stop).SMBIOSAssetTag
    # Azure writes this fixed chassis asset tag into every VM's SMBIOS.
    Write-Output ('azure=' + ($tag -eq '7783-7084-3265-9085-8269-3286-77'))
} catch { Write-Output ('azure=' + (Why $_)) }

Section 'registry'
foreach ($p in 'TLS 1.0', 'TLS 1.1', 'TLS 1.2', 'TLS 1.3') {
    $sides = @('Client')
    if (-not $Client) { $sides = @('Server', 'Client') }
    foreach ($side in $sides) {
        Read-Value "$schannel\$p\$side" 'Enabled'
        Read-Value "$schannel\$p\$side" 'DisabledByDefault'
    }
}
Read-Value $credssp 'AllowEncryptionOracle'
if ($Client) {
    Read-Value "$tsPolicy\Client" 'fClientDisableUDP'
} else {
    Read-Value 'SYSTEM\CurrentControlSet\Control\Terminal Server' 'fDenyTSConnections'
    Read-Value 'SYSTEM\CurrentControlSet\Control\Terminal Server' 'TSServerDrainMode'
    foreach ($n in 'PortNumber', 'fEnableWinStation', 'fLogonDisabled', 'SecurityLayer', 'UserAuthentication',
        'MinEncryptionLevel', 'fAllowSecProtocolNegotiation', 'SSLCertificateSHA1Hash') { Read-Value $rdpTcp $n }
    foreach ($n in 'fDenyTSConnections', 'SecurityLayer', 'UserAuthentication', 'MinEncryptionLevel',
        'MaxInstanceCount', 'LicensingMode', 'LicenseServers') { Read-Value $tsPolicy $n }
    Read-Value 'SYSTEM\CurrentControlSet\Control\Terminal Server\RCM\Licensing Core' 'LicensingMode'
    Read-Value 'SYSTEM\CurrentControlSet\Control\Lsa' 'disabledomaincreds'
    Read-Value 'SYSTEM\CurrentControlSet\Control\Lsa\FIPSAlgorithmPolicy' 'Enabled'
    Read-Value 'SOFTWARE\Policies\Microsoft\Cryptography\Configuration\SSL\00010002' 'Functions'
}

if ($Client) {
    Section 'client'
    try { Write-Output ('mstsc=' + (Get-Item -LiteralPath "$env:windir\System32\mstsc.exe" -ErrorAction Stop).VersionInfo.FileVersion) }
    catch { Write-Output ('mstsc=' + (Why $_)) }
    if ($ComputerName -eq '') { Write-Output 'target=(none: pass -ComputerName to test name resolution and the port)' }
    else {
        Write-Output ('target=' + (Hide 'name' $ComputerName) + '|port=' + $Port)
        try {
            $ips = @(Resolve-DnsName -Name $ComputerName -ErrorAction Stop | Where-Object { $_.IPAddress } | ForEach-Object { Hide 'ip' $_.IPAddress })
            Write-Output ('resolve=ok|' + ($ips -join ';'))
        } catch { Write-Output ('resolve=failed|' + (Why $_)) }
        try {
            $t = Test-NetConnection -ComputerName $ComputerName -Port $Port -WarningAction SilentlyContinue -ErrorAction Stop
            Write-Output ('tcp=' + $t.TcpTestSucceeded)
        } catch { Write-Output ('tcp=' + (Why $_)) }
    }
    Section 'events'
    Read-Events 'Microsoft-Windows-TerminalServices-RDPClient/Operational' @(1026)
    Write-Output '# end'
    return
}

Section 'services'
foreach ($s in 'TermService', 'UmRdpService', 'SessionEnv') {
    try {
        $svc = Get-CimInstance -ClassName Win32_Service -Filter "Name='$s'" -ErrorAction Stop
        if ($null -eq $svc) { Write-Output ($s + '=(not installed)') }
        else { Write-Output ($s + '=' + $svc.State + '|pid=' + $svc.ProcessId + '|start=' + $svc.StartMode) }
    } catch { Write-Output ($s + '=' + (Why $_)) }
}

Section 'listen'
$rdpPort = $Port
try { $rdpPort = [int](Get-ItemProperty -LiteralPath "Registry::HKEY_LOCAL_MACHINE\$rdpTcp" -Name PortNumber -ErrorAction Stop).PortNumber } catch { }
Write-Output ('port=' + $rdpPort)
try {
    $socks = @(Get-NetTCPConnection -State Listen -LocalPort $rdpPort -ErrorAction SilentlyContinue)
    if ($socks.Count -eq 0) { Write-Output 'tcp=(nothing listens)' }
    foreach ($c in $socks) {
        $proc = (Get-Process -Id $c.OwningProcess -ErrorAction SilentlyContinue).ProcessName
        $addr = $c.LocalAddress
        if ($addr -ne '0.0.0.0' -and $addr -ne '::') { $addr = Hide 'ip' $addr }
        Write-Output ('tcp=' + $addr + '|pid=' + $c.OwningProcess + '|process=' + $proc)
    }
} catch { Write-Output ('tcp=' + (Why $_)) }
try {
    $q = @(qwinsta 2>$null)
    Write-Output ('qwinsta.listener=' + [bool]($q | Where-Object { $_ -match '^\s*>?rdp-tcp\s' }))
    Write-Output ('qwinsta.sessions=' + @($q | Where-Object { $_ -match 'rdp-tcp#' }).Count)
} catch { Write-Output ('qwinsta=' + (Why $_)) }

Section 'certificates'
try {
    $certs = @(Get-ChildItem -LiteralPath 'Cert:\LocalMachine\Remote Desktop' -ErrorAction Stop)
    if ($certs.Count -eq 0) { Write-Output 'cert=(store is empty)' }
    foreach ($c in $certs) {
        Write-Output ('cert=' + (Hide 'cert' $c.Thumbprint) + '|notAfter=' + (Iso $c.NotAfter) + '|privateKey=' +
            $c.HasPrivateKey + '|selfSigned=' + ($c.Subject -eq $c.Issuer) + '|subject=' + (Clean $c.Subject))
    }
} catch { Write-Output ('cert=' + (Why $_)) }

Section 'machinekeys'
function Read-Acl([string]$label, [string]$path) {
    try {
        foreach ($a in (Get-Acl -LiteralPath $path -ErrorAction Stop).Access) {
            $sid = $a.IdentityReference.Translate([System.Security.Principal.SecurityIdentifier]).Value
            if ($sid -like 'S-1-5-21-*') { $sid = Hide 'sid' $sid }
            Write-Output ($label + '=' + $sid + '|' + $a.AccessControlType + '|' + [int]$a.FileSystemRights)
        }
    } catch { Write-Output ($label + '=' + (Why $_)) }
}
$mk = Join-Path $env:ProgramData 'Microsoft\Crypto\RSA\MachineKeys'
Read-Acl 'folder' $mk
# The RDP listener's key file name starts with this fixed hash; the rest is the machine GUID.
$keyFiles = @(Get-ChildItem -LiteralPath $mk -Filter 'f686aace6942fb7f7ceb231212eef4a4*' -ErrorAction SilentlyContinue)
Write-Output ('keyfiles=' + $keyFiles.Count)
foreach ($f in $keyFiles) { Read-Acl 'keyfile' $f.FullName }

Section 'firewall'
try {
    foreach ($r in @(Get-NetFirewallRule -Name 'RemoteDesktop-*' -ErrorAction Stop)) {
        Write-Output ('rule=' + $r.Name + '|enabled=' + $r.Enabled + '|action=' + $r.Action + '|profile=' + $r.Profile)
    }
    foreach ($p in @(Get-NetFirewallProfile -ErrorAction Stop)) { Write-Output ('profile=' + $p.Name + '|enabled=' + $p.Enabled) }
} catch { Write-Output ('firewall=' + (Why $_)) }

Section 'roles'
try {
    foreach ($f in @(Get-WindowsFeature -Name 'RDS-RD-Server', 'RDS-Connection-Broker', 'RDS-Gateway', 'RDS-Licensing' -ErrorAction Stop)) {
        Write-Output ($f.Name + '=' + $f.InstallState)
    }
} catch { Write-Output ('roles=' + (Why $_)) }

Section 'domain'
if ($null -eq $cs) { Write-Output 'secureChannel=(error: the system section failed)' }
elseif ($cs.PartOfDomain -and (Get-Command Test-ComputerSecureChannel -ErrorAction SilentlyContinue)) {
    try { Write-Output ('secureChannel=' + (Test-ComputerSecureChannel -ErrorAction Stop)) } catch { Write-Output ('secureChannel=' + (Why $_)) }
} elseif ($cs.PartOfDomain) { Write-Output 'secureChannel=(error: Test-ComputerSecureChannel needs Windows PowerShell 5.1)' }
else { Write-Output 'secureChannel=(not a domain member)' }
$dc = ([string]$env:LOGONSERVER).TrimStart('\')
if ($cs.PartOfDomain -and $dc -and $dc -ne $env:COMPUTERNAME) {
    # Kerberos, and so NLA, fails when this clock is minutes off the domain controller's.
    try {
        $sample = @(w32tm /stripchart /computer:$dc /samples:1 /dataonly 2>$null) | Where-Object { $_ -match ', [+-]\d' } | Select-Object -Last 1
        if ($sample) { Write-Output ('clockOffset=' + ($sample -split ', ')[-1].Trim()) }
        else { Write-Output 'clockOffset=(error: w32tm printed no sample)' }
    } catch { Write-Output ('clockOffset=' + (Why $_)) }
}

Section 'updates'
try {
    Get-HotFix -ErrorAction Stop | Where-Object { $_.InstalledOn } | Sort-Object InstalledOn -Descending |
        Select-Object -First 10 | ForEach-Object { Write-Output ('hotfix=' + $_.HotFixID + '|' + (Iso $_.InstalledOn)) }
} catch { Write-Output ('hotfix=' + (Why $_)) }

Section 'events'
Read-Events 'System' @(1057, 1058, 36870, 36871, 36874, 36887, 36888, 19)
Read-Events 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Admin' @(1006, 1068, 1069)
Read-Events 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational' @(261, 1149)
Read-Events 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational' @(131)
Read-Events 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational' @(21, 25) -RemoteOnly
Read-Events 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational' @(40)
Read-Events 'Microsoft-Windows-TerminalServices-SessionBroker/Operational' @(2056)
Read-Events 'Microsoft-Windows-TerminalServices-SessionBroker-Client/Operational' @(1296)
Write-Output '# end'

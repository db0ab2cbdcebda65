/**
 * The strings of localized-sentence-sources.ts in de.
 * Microsoft's strings (see string-table.ts) by string id, escapes decoded, no-break spaces written
 * as escapes. Written by scripts/string-table-texts.mjs from the dump: do not edit by hand. Tests
 * read it; the browser never loads it.
 */
import type { StringTexts } from '../localized-sentence-sources.ts';

export default {
	mstscax: {
		13560: 'Der Servername auf dem Zertifikat ist falsch.',
		13561: 'Das Zertifikat stammt nicht von einer vertrauenswürdigen Zertifizierungsstelle.',
		13600:
			'Die Sitzung von Remotedesktopdienste wurde beendet. Mögliche Ursachen:\n\nDer Administrator hat die Sitzung beendet.\nFehler beim Herstellen der Verbindung.\nNetzwerkfehler.\n\nHilfe zum Beseitigen des Problems finden Sie unter "Remotedesktop" in "Hilfe und Support".',
		13602:
			'Der Client konnte keine Verbindung mit dem Remotecomputer herstellen, da ein Sicherheitsfehler aufgetreten ist. Stellen Sie sicher, dass Sie am Netzwerk angemeldet sind, und wiederholen Sie den Vorgang.',
		13603:
			'Remotedesktop kann den Computer "%s" nicht finden. Möglicherweise gehört "%s" nicht zum angegebenen Netzwerk. Überprüfen Sie den Computernamen und die Domäne, mit der Sie die Verbindung herstellen möchten.',
		13606: 'Ein interner Fehler ist aufgetreten.',
		13607:
			'Dieser Computer kann keine Verbindung mit dem Remotecomputer herstellen.\n\nWiederholen Sie den Verbindungsversuch. Wenn das Problem weiterhin besteht, wenden Sie sich an den Besitzer des Remotecomputers oder an den Netzwerkadministrator.',
		13610:
			'Die Sitzung wurde aufgrund eines Protokollfehlers getrennt. Versuchen Sie, die Verbindung mit dem Remotecomputer wiederherzustellen.',
		13615:
			'Die Sitzung von Remotedesktopdienste wurde beendet.\n\nDie Verbindung mit dem Remotecomputer wurde vermutlich aufgrund von Netzwerkkonnektivitätsproblemen getrennt. Versuchen Sie, die Verbindung mit dem Remotecomputer wiederherzustellen. Wenn das Problem weiterhin besteht, wenden Sie sich an den Netzwerkadministrator oder den technischen Support.',
		13621:
			'Die Sitzung wurde aufgrund eines Protokollfehlers (Code: 0x%x) getrennt.\nVersuchen Sie, die Verbindung mit dem Remotecomputer wiederherzustellen.',
		13623:
			'Die Sitzung wurde wegen einem Lizenzprotokollfehler abgebrochen.\nVersuchen Sie, die Verbindung mit dem Remotecomputer wiederherzustellen, oder wenden Sie sich an den Serveradministrator.',
		13626:
			'Die Verbindung mit der Remotesitzung wurde getrennt, da keine Lizenzserver für Remotedesktop vorhanden sind.\nWenden Sie sich an den Serveradministrator.',
		13629:
			'Die Verbindung mit der Remotesitzung wurde getrennt, da die auf diesem Computer gespeicherte Remotedesktop-Clientzugriffslizenz geändert wurde.',
		13642:
			'Fehlercode: 0x%x\nErweiterter Fehlercode: 0x%x\nZeitstempel (UTC): %s\n\nZum Kopieren STRG+C drücken.',
		13644:
			'Die Verbindung wurde abgelehnt, da das Benutzerkonto nicht zur Remoteanmeldung autorisiert ist.',
		13645:
			'Remotedesktop kann aus einem der folgenden Gründe keine Verbindung mit dem Remotecomputer herstellen:\n\n1) Der Remotezugriff auf den Server ist nicht aktiviert.\n2) Der Remotecomputer ist ausgeschaltet.\n3) Der Remotecomputer ist im Netzwerk nicht verfügbar.\n\nStellen Sie sicher, dass der Remotecomputer eingeschaltet und mit dem Netzwerk verbunden und das der Remotezugriff aktiviert ist.',
		13656:
			'Der Computer kann keine Verbindung mit dem Remotecomputer herstellen, da die angeforderte Remotedesktop-Gatewayserveradresse und der Zertifikatantragstellername nicht übereinstimmen. Wenden Sie sich an den Netzwerkadministrator, um Hilfe zu erhalten.',
		13660:
			'Der Computer kann keine Verbindung mit dem Remotecomputer herstellen, da die Remotedesktop-Gatewayserveradresse nicht erreichbar oder falsch ist. Geben Sie eine gültige Remotedesktop-Gatewayserveradresse ein.',
		13707: 'Mit den Anmeldeinformationen konnte keine Verbindung hergestellt werden.',
		13708:
			'Mit den zum Herstellen der Verbindung mit %s verwendeten Anmeldeinformationen konnte keine Verbindung hergestellt werden. Geben Sie neue Anmeldeinformationen ein.',
		13721:
			'Die Verbindung wurde beendet, da ein unerwartetes Serverauthentifizierungszertifikat vom Remotecomputer empfangen wurde.\nVersuchen Sie, die Verbindung erneut herzustellen. Wenn das Problem weiterhin besteht, sollten Sie sich an den Besitzer des Remotecomputers oder an den Netzwerkadministrator wenden.',
		13742:
			'Der Remotecomputer erfordert die Authentifizierung auf Netzwerkebene. Diese Funktion wird von Ihrem Computer nicht unterstützt. Wenden Sie sich an den Systemadministrator oder den technischen Support, wenn Sie Hilfe benötigen.',
		13746:
			'Die Identität des Remotecomputers kann nicht verifiziert werden, da eine Zeit- oder Datumsdifferenz zwischen diesem Computer und dem Remotecomputer besteht. Stellen Sie sicher, dass die Uhr des Computers richtig eingestellt ist und wiederholen Sie den Vorgang. Wenden Sie sich an den Netzwerkadministrator oder den Besitzer des Remotecomputers, wenn das Problem weiterhin auftritt.',
		14015:
			'Für den Remotecomputer, mit dem Sie eine Verbindung herstellen möchten, ist eine Authentifizierung auf Netzwerkebene (Network Level Authentication, NLA) erforderlich. Die NLA kann jedoch nicht ausgeführt werden, da der Windows-Domänencontroller nicht erreicht wird. Als Administrator auf dem Remotecomputer können Sie NLA deaktivieren, indem Sie die Optionen auf der Registerkarte "Remote" des Dialogfelds "Systemeigenschaften" verwenden.',
		15030:
			'Mit dem Remotecomputer "%s" kann aus einem der folgenden Gründe keine Verbindung hergestellt werden:\n\n1) Ihr Benutzerkonto wird nicht in der Berechtigungsliste des Remotedesktopgateways aufgeführt.\n2) Sie haben den Remotecomputer im NetBIOS-Format angegeben (z. B. "Computer1"), doch das Remotedesktopgateway erwartet als Format einen FQDN oder eine IP-Adresse (z. B. "Computer1.fabrikam.com" oder "157.60.0.1").\n\nWenden Sie sich an den Netzwerkadministrator, um Hilfe zu erhalten.',
		15031:
			'Mit dem Remotecomputer "%s" kann aus einem der folgenden Gründe keine Verbindung hergestellt werden:\n\n1) Ihr Benutzerkonto ist für den Zugriff auf das Remotedesktopgateway "%s" nicht berechtigt.\n2) Ihr Computer ist für den Zugriff auf das Remotedesktopgateway "%s" nicht berechtigt.\n3) Sie verwenden eine inkompatible Authentifizierungsmethode (z. B. erwartet das Remotedesktopgateway möglicherweise eine Smartcard, doch Sie haben ein Kennwort eingegeben)\n\nWenden Sie sich an den Netzwerkadministrator, um Hilfe zu erhalten.',
		16206:
			'Authentifizierungsfehler.\n%s\nRemotecomputer: %s\nDies kann daran liegen, dass die NTLM-Authentifizierung auf dem Remotecomputer blockiert ist.\nDies könnte auch auf die Oracle-Korrektur der CredSSP-Verschlüsselung zurückzuführen sein.\n(siehe https://go.microsoft.com/fwlink/?linkid=866660)',
		16901: 'Remotesitzung wird konfiguriert...',
	},
	kernelbase: {
		0x80090302: 'Die angeforderte Funktion wird nicht unterstützt.\r\n',
		0x80090304: 'Die lokale Sicherheitsautorität (LSA) ist nicht erreichbar.\r\n',
		0x8009030c: 'Der Anmeldeversuch ist fehlgeschlagen.\r\n',
	},
	controls: {
		'14014/14001':
			'Der Remotecomputer konnte aufgrund von Sicherheitszertifikatproblemen nicht authentifiziert werden. Das Fortsetzen des Vorgangs ist eventuell nicht sicher.',
	},
} satisfies StringTexts;

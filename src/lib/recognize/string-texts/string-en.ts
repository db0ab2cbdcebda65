/**
 * The strings of localized-sentence-sources.ts in en.
 * Microsoft's strings (see string-table.ts) by string id, escapes decoded, no-break spaces written
 * as escapes. Written by scripts/string-table-texts.mjs from the dump: do not edit by hand. Tests
 * read it; the browser never loads it.
 */
import type { StringTexts } from '../localized-sentence-sources.ts';

export default {
	mstscax: {
		13560: 'The server name on the certificate is incorrect.',
		13561: 'The certificate is not from a trusted certifying authority.',
		13600:
			'Your Remote Desktop Services session has ended, possibly for one of the following reasons:\n\nThe administrator has ended the session.\nAn error occurred while the connection was being established.\nA network problem occurred.\n\nFor help solving the problem, see "Remote Desktop" in Help and Support.',
		13602:
			'Because of a security error, the client could not connect to the remote computer. Verify that you are logged on to the network, and then try connecting again.',
		13603:
			'Remote Desktop can\'t find the computer "%s". This might mean that "%s" does not belong to the specified network.  Verify the computer name and domain that you are trying to connect to.',
		13606: 'An internal error has occurred.',
		13607:
			"This computer can't connect to the remote computer.\n\nTry connecting again. If the problem continues, contact the owner of the remote computer or your network administrator.",
		13610:
			'Because of a protocol error, this session will be disconnected. Please try connecting to the remote computer again.',
		13615:
			'Your Remote Desktop Services session has ended.\n\nThe connection to the remote computer was lost, possibly due to network connectivity problems. Try connecting to the remote computer again. If the problem continues, contact your network administrator or technical support.',
		13621:
			'Because of a protocol error (code: 0x%x), the remote session will be disconnected.\nPlease try connecting to the remote computer again.',
		13623:
			'The remote computer disconnected the session because of an error in the licensing protocol.\nPlease try connecting to the remote computer again or contact your server administrator.',
		13626:
			'The remote session was disconnected because there are no Remote Desktop License Servers available to provide a license.\nPlease contact the server administrator.',
		13629:
			'The remote session was disconnected because the Remote Desktop client access license stored on this computer has been modified.',
		13642:
			'Error code: 0x%x\nExtended error code: 0x%x\nTimestamp (UTC): %s\n\nPress Ctrl+C to copy.',
		13644: 'The connection was denied because the user account is not authorized for remote login.',
		13645:
			"Remote Desktop can't connect to the remote computer for one of these reasons:\n\n1) Remote access to the server is not enabled\n2) The remote computer is turned off\n3) The remote computer is not available on the network\n\nMake sure the remote computer is turned on and connected to the network, and that remote access is enabled.",
		13656:
			"Your computer can't connect to the remote computer because the Remote Desktop Gateway server address requested and the certificate subject name do not match. Contact your network administrator for assistance.",
		13660:
			"Your computer can't connect to the remote computer because the Remote Desktop Gateway server address is unreachable or incorrect. Type a valid Remote Desktop Gateway server address.",
		13707: 'Your credentials did not work',
		13708:
			'The credentials that were used to connect to %s did not work. Please enter new credentials.',
		13721:
			'The connection has been terminated because an unexpected server authentication certificate was received from the remote computer.\nTry connecting again. If the problem continues, contact the owner of the remote computer or your network administrator.',
		13742:
			'The remote computer requires Network Level Authentication, which your computer does not support. For assistance, contact your system administrator or technical support.',
		13746:
			"Remote Desktop cannot verify the identity of the remote computer because there is a time or date difference between your computer and the remote computer. Make sure your computer's clock is set to the correct time, and then try connecting again. If the problem occurs again, contact your network administrator or the owner of the remote computer.",
		14015:
			'The remote computer that you are trying to connect to requires Network Level Authentication (NLA), but your Windows domain controller cannot be contacted to perform NLA. If you are an administrator on the remote computer, you can disable NLA by using the options on the Remote tab of the System Properties dialog box.',
		15030:
			'Remote Desktop can\'t connect to the remote computer "%s" for one of these reasons:\n\n1) Your user account is not listed in the RD Gateway\'s permission list\n2) You might have specified the remote computer in NetBIOS format (for example, computer1), but the RD Gateway is expecting an FQDN or IP address format (for example, computer1.fabrikam.com or 157.60.0.1).\n\nContact your network administrator for assistance.',
		15031:
			'Remote Desktop can\'t connect to the remote computer "%s" for one of these reasons:\n\n1) Your user account is not authorized to access the RD Gateway "%s"\n2) Your computer is not authorized to access the RD Gateway "%s"\n3) You are using an incompatible authentication method (for example, the RD Gateway might be expecting a smart card but you provided a password)\n\nContact your network administrator for assistance.',
		16206:
			'An authentication error has occurred.\n%s\nRemote computer: %s\nThis could be due to NTLM authentication being blocked on the remote computer.\nThis could also be due to CredSSP encryption oracle remediation.\n(see https://go.microsoft.com/fwlink/?linkid=866660)',
		16901: 'Configuring remote session...',
	},
	kernelbase: {
		0x80090302: 'The function requested is not supported\r\n',
		0x80090304: 'The Local Security Authority cannot be contacted\r\n',
		0x8009030c: 'The logon attempt failed\r\n',
	},
	controls: {
		'14014/14001':
			'The remote computer could not be authenticated due to problems with its security certificate. It may be unsafe to proceed.',
	},
} satisfies StringTexts;

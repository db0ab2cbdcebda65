/**
 * The strings of localized-sentence-sources.ts in en.
 * Microsoft's strings (see string-table.ts) by string id, escapes decoded, no-break spaces written
 * as escapes. Written by scripts/string-table-texts.mjs from the dump: do not edit by hand. Tests
 * read it; the browser never loads it.
 */
import type { StringTexts } from '../localized-sentence-sources.ts';

export default {
	mstscax: {
		13602:
			'Because of a security error, the client could not connect to the remote computer. Verify that you are logged on to the network, and then try connecting again.',
		13603:
			'Remote Desktop can\'t find the computer "%s". This might mean that "%s" does not belong to the specified network.  Verify the computer name and domain that you are trying to connect to.',
		13606: 'An internal error has occurred.',
		13607:
			"This computer can't connect to the remote computer.\n\nTry connecting again. If the problem continues, contact the owner of the remote computer or your network administrator.",
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
		16206:
			'An authentication error has occurred.\n%s\nRemote computer: %s\nThis could be due to NTLM authentication being blocked on the remote computer.\nThis could also be due to CredSSP encryption oracle remediation.\n(see https://go.microsoft.com/fwlink/?linkid=866660)',
	},
	kernelbase: {
		0x80090302: 'The function requested is not supported\r\n',
		0x80090304: 'The Local Security Authority cannot be contacted\r\n',
		0x8009030c: 'The logon attempt failed\r\n',
	},
} satisfies StringTexts;

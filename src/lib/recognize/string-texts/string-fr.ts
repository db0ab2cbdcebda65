/**
 * The strings of localized-sentence-sources.ts in fr.
 * Microsoft's strings (see string-table.ts) by string id, escapes decoded, no-break spaces written
 * as escapes. Written by scripts/string-table-texts.mjs from the dump: do not edit by hand. Tests
 * read it; the browser never loads it.
 */
import type { StringTexts } from '../localized-sentence-sources.ts';

export default {
	mstscax: {
		13560: 'Le nom du serveur dans le certificat est incorrect.',
		13561:
			'Ce certificat de sécurité n’émane pas d’une autorité de certification digne de confiance.',
		13600:
			'Votre session des services Bureau à distance a été interrompue, probablement pour l’une des raisons suivantes\u00a0:\n\nL’administrateur a interrompu la session.\nUne erreur s’est produite lors de l’établissement de la connexion.\nUn problème réseau est survenu.\n\nPour résoudre ce problème, voir «\u00a0Bureau à distance\u00a0» dans le Centre d’aide et de support.',
		13602:
			'Le client n’a pas pu se connecter à l’ordinateur distant car une erreur de sécurité s’est produite. Vérifiez que vous êtes connecté au réseau et essayez de vous reconnecter.',
		13603:
			'Le Bureau à distance ne trouve pas l’ordinateur «\u00a0%s\u00a0». Ceci signifie peut-être que «\u00a0%s\u00a0» ne fait pas partie du réseau spécifié. Vérifiez le nom de l’ordinateur et le domaine auxquels vous essayez de vous connecter.',
		13606: 'Une erreur interne s’est produite.',
		13607:
			'Cet ordinateur ne peut pas se connecter à l’ordinateur distant.\n\nEssayez de vous reconnecter. Si le problème persiste, contactez le propriétaire de l’ordinateur distant ou l’administrateur réseau.',
		13610:
			'Cette session sera déconnectée car une erreur de protocole s’est produite. Essayez de vous reconnecter à l’ordinateur distant.',
		13615:
			'Votre session des services Bureau à distance est terminée.\n\nLa connexion à l’ordinateur distant a été perdue, peut-être en raison de problèmes de connectivité réseau. Essayez de vous reconnecter à l’ordinateur distant. Si le problème persiste, contactez l’administrateur réseau ou le support technique.',
		13621:
			'En raison d’une erreur de protocole (code\u00a0: 0x%x), la session distante sera déconnectée. \nEssayez de relancer la connexion à l’ordinateur distant.',
		13623:
			'L’ordinateur distant a déconnecté la session en raison d’une erreur dans le protocole de licences. \nEssayez de relancer la connexion à l’ordinateur distant ou contactez votre administrateur.',
		13626:
			'La session distante a été déconnectée, car aucun serveur de licences Bureau à distance n’est disponible pour fournir une licence. \nPrenez contact avec l’administrateur du serveur.',
		13629:
			'La session distante a été déconnectée, car la licence d’accès client Bureau à distance stockée sur cet ordinateur a été modifiée.',
		13642:
			'Code d’erreur : 0x%x\nCode d’erreur étendu : 0x%x\nHorodatage (UTC) : %s\n\nAppuyez sur Ctrl+C pour copier.',
		13644:
			'La connexion a été refusée car le compte d’utilisateur n’est pas autorisé à ouvrir de session à distance.',
		13645:
			'Le Bureau à distance ne peut pas se connecter à l’ordinateur distant pour l’une des raisons suivantes\u00a0:\n\n1) L’accès à distance au serveur n’est pas activé.\n2) L’ordinateur distant est éteint.\n3) L’ordinateur distant n’est pas disponible sur le réseau.\n\nAssurez-vous que l’ordinateur distant est allumé, qu’il est connecté au réseau et que l’accès à distance est activé.',
		13656:
			'Votre ordinateur ne peut pas se connecter à l’ordinateur distant, car l’adresse du serveur de passerelle Bureau à distance demandée et le nom d’objet du certificat ne correspondent pas. Contactez votre administrateur réseau pour obtenir de l’aide.',
		13660:
			'Votre ordinateur ne peut pas se connecter à l’ordinateur distant, car l’adresse du serveur de passerelle Bureau à distance est inaccessible ou incorrecte. Entrez une adresse de serveur de passerelle Bureau à distance valide.',
		13707: 'Vos informations d’identification n’ont pas fonctionné.',
		13708:
			'Les informations d’identification utilisées pour se connecter à %s n’ont pas fonctionné. Modifiez vos informations d’identification.',
		13721:
			'La connexion a été coupée car l’ordinateur distant a envoyé un certificat d’authentification inattendu..\nEssayez de vous reconnecter. Si le problème persiste, contactez le propriétaire de l’ordinateur distant ou l’administrateur réseau.',
		13742:
			'L’ordinateur distant nécessite une authentification au niveau du réseau, qui n’est pas prise en charge par votre ordinateur. Pour obtenir de l’assistance, contactez votre administrateur système ou le support technique.',
		13746:
			'Le Bureau à distance ne peut pas vérifier l’identité de l’ordinateur distant en raison d’une différence d’heure ou de date entre ce dernier et votre ordinateur. Vérifiez que l’horloge de votre ordinateur est réglée sur l’heure correcte, puis essayez de vous reconnecter. Si le problème se reproduit, contactez votre administrateur réseau ou le propriétaire de l’ordinateur distant.',
		14015:
			'L’ordinateur distant auquel vous tentez de vous connecter requiert l’authentification au niveau du réseau (NLA), mais votre contrôleur de domaine Windows ne peut pas être contacté pour effectuer cette authentification NLA. Si vous êtes administrateur de l’ordinateur distant, vous pouvez désactiver l’authentification NLA à l’aide des options disponibles sous l’onglet Connexion à distance de la boîte de dialogue Propriétés système.',
		15030:
			'Le Bureau à distance ne peut pas se connecter à l’ordinateur distant «\u00a0%s\u00a0» pour l’une des raisons suivantes\u00a0:\n\n1) Votre compte d’utilisateur n’est pas répertorié dans la liste des autorisations de la Passerelle des services Bureau à distance.\n2) Vous avez peut-être indiqué l’ordinateur distant au format NetBIOS (par exemple, ordinateur1), mais la passerelle Bureau à distance attend un nom de domaine complet ou une adresse IP (par exemple, ordinateur1.fabrikam.com pi 157.60.0.1).\n\nContactez votre administrateur réseau pour obtenir de l’aide.',
		15031:
			'Le Bureau à distance ne peut pas se connecter à l’ordinateur distant «\u00a0%s\u00a0» pour l’une des raisons suivantes\u00a0:\n\n1) Votre compte d’utilisateur n’est pas autorisé à accéder à la Passerelle des services Bureau à distance «\u00a0%s\u00a0».\n2) Votre ordinateur n’est pas autorisé à accéder à la passerelle Bureau à distance «\u00a0%s\u00a0».\n3) Vous utilisez une méthode d’authentification incompatible (par exemple, la Passerelle des services Bureau à distance peut attendre une carte à puce, mais vous fournissez un mot de passe).\n\nContactez votre administrateur réseau pour obtenir de l’aide.',
		16206:
			'Une erreur d’authentification s’est produite.\n%s\nOrdinateur distant : %s\nCela peut être dû au blocage de l’authentification NTLM sur l’ordinateur distant.\nCela peut également être dû à la correction d’oracle de chiffrement CredSSP.\n(voir https://go.microsoft.com/fwlink/?linkid=866660)',
		16901: 'Configuration de la connexion à distance...',
	},
	kernelbase: {
		0x80090302: 'La fonction demandée n’est pas prise en charge\r\n',
		0x80090304: 'L’autorité de sécurité locale ne peut pas être contactée\r\n',
		0x8009030c: 'La tentative d’ouverture de session a échoué\r\n',
	},
	controls: {
		'14014/14001':
			'Impossible d’authentifier l’ordinateur distant en raison de problèmes liés à son certificat de sécurité. La poursuite de l’opération peut présenter un risque.',
	},
} satisfies StringTexts;

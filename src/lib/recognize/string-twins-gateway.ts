/**
 * Localized twins of the RD Gateway and certificate dialogs' sentences, cut from Microsoft's own
 * strings (same rules as string-twins-connect.ts).
 */
import type { StringTwins } from './localized-sentences.ts';

export const GATEWAY_TWINS: StringTwins = {
	'gateway-permission-list': {
		de: 'ihr benutzerkonto wird nicht in der berechtigungsliste des remotedesktopgateways aufgeführt',
		fr: "votre compte d'utilisateur n'est pas répertorié dans la liste des autorisations de la passerelle des services bureau à distance",
		es: 'la cuenta de usuario no aparece en la lista de permisos de la puerta de enlace de escritorio remoto',
		it: "l'account utente non è incluso nell'elenco delle autorizzazioni di gateway desktop remoto",
		'pt-BR':
			'a conta do usuário não está listada na lista de permissões do gateway da área de trabalho remota',
		ja: 'ユーザー アカウントが rd ゲートウェイのアクセス許可の一覧に含まれていない',
		'zh-CN': '你的用户帐户没有在 rd 网关权限列表中列出',
		// The Korean string prints a stray backslash before "RD": the pattern starts after it.
		ko: 'rd 게이트웨이의 허가 목록에 기록되어 있지 않음',
		ru: 'данная учетная запись пользователя не указана в списке разрешений шлюза удаленных рабочих столов',
	},
	'gateway-not-authorized': {
		de: 'ihr benutzerkonto ist für den zugriff auf das remotedesktopgateway…nicht berechtigt',
		fr: "votre compte d'utilisateur n'est pas autorisé à accéder à la passerelle",
		es: 'la cuenta de usuario no está autorizada para obtener acceso a la puerta de enlace de escritorio remoto',
		it: "l'account utente non è autorizzato ad accedere all'istanza di gateway desktop remoto",
		'pt-BR':
			'a conta do usuário não está autorizada a acessar o gateway da área de trabalho remota',
		ja: 'ユーザー アカウントが、rd ゲートウェイ…へのアクセスを承認されていない',
		'zh-CN': '你的用户帐户未获得授权，无法访问 rd 网关',
		ko: '사용자 계정에 rd 게이트웨이…에 액세스할 수 있는 권한이 없음',
		ru: 'данная учетная запись не имеет разрешения на доступ к шлюзу удаленных рабочих столов',
	},
	'gateway-unavailable': {
		de: 'da die remotedesktop-gatewayserveradresse nicht erreichbar oder falsch ist',
		fr: "l'adresse du serveur de passerelle bureau à distance est inaccessible ou incorrecte",
		es: 'la dirección del servidor de puerta de enlace de escritorio remoto no es accesible o no es correcta',
		it: "l'indirizzo del server gateway desktop remoto non è raggiungibile o non è corretto",
		'pt-BR':
			'o endereço do servidor do gateway da área de trabalho remota está inacessível ou é incorreto',
		ja: 'リモート デスクトップ ゲートウェイ サーバーのアドレスがアクセス不能か、正しくありません',
		'zh-CN': '远程桌面网关服务器地址无法访问或不正确',
		ko: '원격 데스크톱 게이트웨이 서버 주소에 연결할 수 없거나 이 주소가 잘못되었기 때문에',
		ru: 'адрес сервера шлюза удаленных рабочих столов является недостижимым или неправильным',
	},
	'gateway-cert-name-mismatch': {
		de: 'die angeforderte remotedesktop-gatewayserveradresse und der zertifikatantragstellername nicht übereinstimmen',
		fr: "l'adresse du serveur de passerelle bureau à distance demandée et le nom d'objet du certificat ne correspondent pas",
		es: 'la dirección solicitada del servidor de puerta de enlace de escritorio remoto y el nombre de sujeto del certificado no coinciden',
		it: "l'indirizzo del server gateway desktop remoto richiesto e il nome del soggetto del certificato non corrispondono",
		'pt-BR':
			'o endereço do servidor do gateway de área de trabalho remota exigido e o nome de requerente do certificado não são compatíveis',
		ja: '要求されたリモート デスクトップ ゲートウェイ サーバー アドレスと証明書のサブジェクト名が一致しません',
		'zh-CN': '请求的远程桌面网关服务器地址与证书使用者名称不匹配',
		ko: '요청한 원격 데스크톱 게이트웨이 서버 주소와 인증서 주체 이름이 일치하지 않기 때문에',
		ru: 'запрошенный адрес сервера шлюза удаленных рабочих столов не соответствует имени субъекта сертификата',
	},
	'cert-cannot-authenticate': {
		de: 'der remotecomputer konnte aufgrund von sicherheitszertifikatproblemen nicht authentifiziert werden',
		fr: "impossible d'authentifier l'ordinateur distant en raison de problèmes liés à son certificat de sécurité",
		es: 'no puede autenticarse el equipo remoto debido a problemas con el certificado de seguridad',
		it: 'impossibile autenticare il computer remoto a causa di problemi con il relativo certificato di sicurezza',
		'pt-BR':
			'não foi possível autenticar o computador remoto devido a problemas com o certificado de segurança',
		ja: 'リモート コンピューターは、セキュリティ証明書に問題があったため認証されませんでした',
		'zh-CN': '由于安全证书存在问题，因此远程计算机无法通过身份验证',
		ko: '보안 인증서 문제로 인해 원격 컴퓨터를 인증할 수 없습니다',
		ru: 'не удалось проверить подлинность удаленного компьютера из-за проблем с сертификатом безопасности',
	},
	'cert-name-incorrect': {
		de: 'der servername auf dem zertifikat ist falsch',
		fr: 'le nom du serveur dans le certificat est incorrect',
		es: 'el nombre de servidor en el certificado no es correcto',
		it: 'il nome del server presente sul certificato è errato',
		'pt-BR': 'o nome do servidor no certificado está incorreto',
		ja: 'この証明書にあるサーバー名が正しくありません',
		'zh-CN': '证书上的服务器名错误',
		ko: '인증서에 있는 서버 이름이 잘못되었습니다',
		ru: 'имя сервера в этом сертификате указано неправильно',
	},
	'cert-untrusted-ca': {
		de: 'das zertifikat stammt nicht von einer vertrauenswürdigen zertifizierungsstelle',
		fr: "ce certificat de sécurité n'émane pas d'une autorité de certification digne de confiance",
		es: 'el certificado no proviene de una entidad de certificación de confianza',
		it: "il certificato proviene da una autorità di certificazione non disponibile nell'elenco locale",
		'pt-BR': 'o certificado não provém de uma autoridade de certificação confiável',
		ja: 'この証明書は信頼された認証機関からのものではありません',
		'zh-CN': '证书来自不信任的证书验证机构',
		ko: '이 인증서는 신뢰할 수 있는 인증 기관에서 발급되지 않았습니다',
		ru: 'сертификат выдан не имеющим доверия центром сертификации',
	},
};

/**
 * Localized twins of the session, licensing, certificate and sign-in dialogs' sentences, cut
 * from Microsoft's own strings (same rules as string-twins-connect.ts).
 */
import type { StringTwins } from './localized-sentences.ts';

export const SESSION_TWINS: StringTwins = {
	'protocol-error-0x112f': {
		de: 'aufgrund eines protokollfehlers (code: 0x112f)',
		fr: "en raison d'une erreur de protocole (code : 0x112f)",
		es: 'debido a un error de protocolo (código: 0x112f)',
		it: 'errore di protocollo (codice: 0x112f)',
		'pt-BR': 'devido a um erro de protocolo (código: 0x112f)',
		ja: 'プロトコル エラー (コード: 0x112f)',
		'zh-CN': '由于一个协议错误(代码: 0x112f)',
		ko: '프로토콜 오류(코드: 0x112f)',
		ru: 'из-за ошибки протокола (код: 0x112f)',
	},
	'connection-lost-network': {
		de: 'wurde vermutlich aufgrund von netzwerkkonnektivitätsproblemen getrennt',
		fr: 'a été perdue, peut-être en raison de problèmes de connectivité réseau',
		es: 'se interrumpió, probablemente por problemas de conectividad de red',
		it: 'è stata interrotta a causa di problemi relativi alla connettività di rete',
		'pt-BR': 'foi perdida, possivelmente devido a problemas de conectividade da rede',
		ja: 'おそらくネットワーク接続の問題が原因で、リモート コンピューターへの接続が失われました',
		'zh-CN': '到远程计算机的连接已丢失，可能是因为网络连接问题',
		ko: '원격 컴퓨터에 대한 연결이 끊어졌습니다. 네트워크 연결 문제 때문일 수 있습니다',
		ru: 'подключение к удаленному компьютеру потеряно, возможно, из-за неполадок сетевого подключения',
	},
	'no-license-servers': {
		de: 'da keine lizenzserver für remotedesktop vorhanden sind',
		fr: "aucun serveur de licences bureau à distance n'est disponible pour fournir une licence",
		es: 'no hay servidores de licencias de escritorio remoto disponibles para proporcionar una licencia',
		it: 'non sono disponibili server licenze di desktop remoto per il rilascio della licenza',
		'pt-BR':
			'não há servidores de licenças da área de trabalho remota disponíveis para fornecer licenças',
		ja: 'ライセンスを提供するためのリモート デスクトップ ライセンス サーバーがないため',
		'zh-CN': '由于没有远程桌面授权服务器可以提供许可证',
		ko: '라이선스를 제공할 원격 데스크톱 서버 라이선스 서버가 없으므로',
		ru: 'отсутствуют доступные серверы лицензирования удаленных рабочих столов',
	},
	'licensing-protocol-error': {
		de: 'wegen einem lizenzprotokollfehler abgebrochen',
		fr: "en raison d'une erreur dans le protocole de licences",
		es: 'hubo un error en el protocolo de licencias',
		it: 'a causa di un errore del protocollo di gestione delle licenze',
		'pt-BR': 'devido a um erro no protocolo de licenciamento',
		ja: 'ライセンス プロトコルにエラーが発生したため',
		'zh-CN': '由于授权协议中的一个错误',
		ko: '라이선스 프로토콜 오류 때문에',
		ru: 'из-за ошибки в протоколе лицензирования',
	},
	'client-license-modified': {
		de: 'auf diesem computer gespeicherte remotedesktop-clientzugriffslizenz',
		fr: "licence d'accès client bureau à distance stockée sur cet ordinateur",
		es: 'licencia de acceso de cliente de escritorio remoto almacenada en este equipo',
		it: 'licenza cal (client access license) di desktop remoto archiviata nel computer',
		'pt-BR': 'licença de acesso para cliente da área de trabalho remota armazenada no computador',
		ja: 'このコンピューターに保存されているリモート デスクトップ クライアント アクセス ライセンス',
		'zh-CN': '这台计算机上储存的远程桌面客户端访问许可证',
		ko: '이 컴퓨터에 저장된 원격 데스크톱 서버 클라이언트 액세스 라이선스',
		ru: 'клиентская лицензия удаленного рабочего стола, хранимая на этом компьютере',
	},
	// The second pattern is the dialog's sentence below its title, with the computer's name.
	'credentials-did-not-work': {
		de: [
			'mit den anmeldeinformationen konnte keine verbindung hergestellt werden',
			'mit den zum herstellen der verbindung mit…verwendeten anmeldeinformationen konnte keine verbindung hergestellt werden',
		],
		fr: [
			"vos informations d'identification n'ont pas fonctionné",
			"les informations d'identification utilisées pour se connecter à…n'ont pas fonctionné",
		],
		es: [
			'las credenciales no funcionaron',
			'las credenciales usadas para conectarse a…no funcionaron',
		],
		it: [
			'le credenziali specificate non funzionano',
			'le credenziali utilizzate per la connessione a…non sono valide',
		],
		'pt-BR': [
			'suas credenciais não funcionaram',
			'as credenciais usadas para a conexão com…não funcionaram',
		],
		ja: [
			'お使いの資格情報は機能しませんでした',
			'への接続に使用された資格情報は機能しませんでした',
		],
		'zh-CN': ['你的凭据不工作', '之前用于连接到…的凭据无法工作'],
		ko: '자격 증명이 작동하지 않습니다',
		ru: [
			'недопустимые учетные данные',
			'учетные данные, использованные для подключения к…недопустимы',
		],
	},
	// The system's message for a refused sign-in (SEC_E_LOGON_DENIED). Spanish's "No se puede
	// iniciar sesión" is left out: many other messages print it.
	'logon-attempt-failed': {
		de: 'der anmeldeversuch ist fehlgeschlagen',
		fr: "la tentative d'ouverture de session a échoué",
		it: 'tentativo di accesso non riuscito',
		'pt-BR': 'falha na tentativa de logon',
		ja: 'ログオンに失敗しました',
		'zh-CN': '登录没有成功',
		ko: '로그온하지 못했습니다',
		ru: 'попытка входа в систему неудачна',
	},
	'not-authorized-remote-login': {
		de: 'da das benutzerkonto nicht zur remoteanmeldung autorisiert ist',
		fr: "le compte d'utilisateur n'est pas autorisé à ouvrir de session à distance",
		es: 'las cuentas de usuario no están autorizadas para el inicio remoto de sesión',
		it: "l'account utente non è autorizzato per l'accesso remoto",
		'pt-BR': 'a conta do usuário não é autorizada para logon remoto',
		ja: 'このユーザー アカウントはリモート ログインを許可されていない',
		'zh-CN': '没有授权此用户帐户进行远程登录',
		ko: '사용자 계정에 원격 로그인 권한이 없기 때문에',
		ru: 'учетная запись пользователя не имеет прав для удаленного входа в систему',
	},
	'security-error-cannot-connect': {
		de: 'der client konnte keine verbindung mit dem remotecomputer herstellen, da ein sicherheitsfehler aufgetreten ist',
		fr: "le client n'a pas pu se connecter à l'ordinateur distant car une erreur de sécurité s'est produite",
		es: 'el cliente no puede conectarse al equipo remoto por un error de seguridad',
		it: 'impossibile connettersi al computer remoto. errore di sicurezza',
		'pt-BR': 'devido a um erro de segurança, o cliente não pôde se conectar ao computador remoto',
		ja: 'セキュリティ エラーのため、クライアントはリモート コンピューターに接続できませんでした',
		'zh-CN': '由于安全设置错误，客户端无法连接到远程计算机',
		ko: '보안 오류 때문에 클라이언트가 원격 컴퓨터에 연결할 수 없습니다',
		ru: 'из-за ошибки безопасности клиент не смог подключиться к серверу терминалов',
	},
	// Italian's string drops "unexpected": it still is this dialog's string.
	'unexpected-server-cert': {
		de: 'ein unerwartetes serverauthentifizierungszertifikat vom remotecomputer empfangen wurde',
		fr: "a envoyé un certificat d'authentification inattendu",
		es: 'se recibió un certificado de autenticación de servidor inesperado',
		it: 'il computer remoto ha inviato un certificato di autenticazione del server. connessione interrotta',
		'pt-BR': 'um certificado de autenticação de servidor inesperado foi recebido',
		ja: '予期しないサーバー認証証明書を受け取ったため',
		'zh-CN': '由于从远程计算机接收到非预期的服务器身份验证证书',
		ko: '예기치 않은 서버 인증 인증서를 받았기 때문에',
		ru: 'был получен непредусмотренный сертификат проверки подлинности сервера',
	},
};

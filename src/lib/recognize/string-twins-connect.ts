/**
 * Localized twins of the connection dialogs' sentences (0x904, 0x204, 0x104, internal error, NLA,
 * CredSSP, clocks), cut from Microsoft's own string of each dialog in that display language:
 * localized-sentence-sources.ts names the string, and a unit test checks that every pattern is a
 * run of that string's text. Per English sentence id, per BCP-47 tag: the patterns (folded: lower
 * case, straight apostrophes, one space; `…` where the dialog prints a name).
 */
import type { StringTwins } from './localized-sentences.ts';

export const CONNECT_TWINS: StringTwins = {
	'cannot-connect-generic': {
		de: 'dieser computer kann keine verbindung mit dem remotecomputer herstellen',
		fr: "cet ordinateur ne peut pas se connecter à l'ordinateur distant",
		es: 'este equipo no se puede conectar al equipo remoto',
		it: 'impossibile connettersi al computer remoto',
		'pt-BR': 'este computador não pode se conectar ao computador remoto',
		ja: 'このコンピューターはリモート コンピューターに接続できません',
		ko: '이 컴퓨터에서 원격 컴퓨터에 연결할 수 없습니다',
		ru: 'не удается подключиться к удаленному компьютеру',
	},
	// "Error interno." (es), "Errore interno." (it) and "Erro interno." (pt-BR) are left out: two
	// words that many other messages print.
	'internal-error': {
		de: 'ein interner fehler ist aufgetreten',
		fr: "une erreur interne s'est produite",
		ja: '内部エラーが発生しました',
		'zh-CN': '出现了内部错误',
		ko: '내부 오류가 발생했습니다',
		ru: 'произошла внутренняя ошибка',
	},
	'cannot-connect-prefix': {
		fr: "le bureau à distance ne peut pas se connecter à l'ordinateur distant pour l'une des raisons suivantes",
		es: 'escritorio remoto no se puede conectar al equipo remoto por una de las siguientes razones',
		it: 'impossibile connettere remote desktop al computer remoto per uno dei motivi seguenti',
		'pt-BR':
			'a área de trabalho remota não pode se conectar ao computador remoto por uma destas razões',
		ja: 'リモート デスクトップはリモート コンピューターに接続できません。次のいずれかが原因です',
		'zh-CN': '远程桌面由于以下原因之一无法连接到远程计算机',
		ko: '다음 이유 중 하나로 인해 원격 데스크톱을 원격 컴퓨터에 연결할 수 없습니다',
		ru: 'функции удаленного рабочего стола не удалось подключиться к удаленному компьютеру по одной из указанных далее причин',
	},
	'remote-access-not-enabled': {
		fr: "l'accès à distance au serveur n'est pas activé",
		es: 'el acceso remoto al servidor no está habilitado',
		it: "l'accesso remoto al server non è abilitato",
		'pt-BR': 'o acesso remoto ao servidor não está ativado',
		ja: 'サーバーへのリモート アクセスが有効になっていない',
		ko: '서버에 대한 원격 액세스를 사용할 수 없음',
		ru: 'не включен удаленный доступ к серверу',
	},
	'nla-required': {
		de: 'der remotecomputer erfordert die authentifizierung auf netzwerkebene. diese funktion wird von ihrem computer nicht unterstützt',
		fr: "l'ordinateur distant nécessite une authentification au niveau du réseau, qui n'est pas prise en charge par votre ordinateur",
		es: 'el equipo remoto requiere autenticación a nivel de red, lo que no es compatible con este equipo',
		it: "il computer remoto richiede l'autenticazione a livello di rete, che non è supportata dal computer in uso",
		'pt-BR':
			'o computador remoto exige a autenticação no nível de rede, que não é suportada pelo seu computador',
		ja: 'リモート コンピューターには、お使いのコンピューターでサポートされていないネットワーク レベルの認証が必要です',
		'zh-CN': '远程计算机需要网络级别身份验证，而你的计算机不支持该验证',
		ko: '사용자 컴퓨터에서 지원하지 않는 네트워크 수준 인증이 원격 컴퓨터에 필요합니다',
		ru: 'удаленный компьютер требует проверки подлинности на уровне сети, которую данный компьютер не поддерживает',
	},
	'nla-dc-unreachable': {
		de: 'die nla kann jedoch nicht ausgeführt werden, da der windows-domänencontroller nicht erreicht wird',
		fr: 'mais votre contrôleur de domaine windows ne peut pas être contacté',
		es: 'pero no se puede establecer contacto con el controlador de dominio de windows',
		it: 'tuttavia non è possibile contattare il controller di dominio windows',
		'pt-BR': 'mas o controlador de domínio do windows não pode ser contatado',
		ja: 'お使いの windows のドメイン コントローラーに接続して nla を実行することができません',
		'zh-CN': '但无法联系你的 windows 域控制器以执行 nla',
		ko: 'nla를 수행하는 데 필요한 windows 도메인 컨트롤러에 연결할 수 없습니다',
		ru: 'но связаться с контроллером домена windows для ее выполнения не удается',
	},
	'credssp-oracle': {
		de: 'oracle-korrektur der credssp-verschlüsselung',
		fr: "correction d'oracle de chiffrement credssp",
		es: 'corrección del oráculo de cifrado credssp',
		it: 'correzione oracolo di crittografia credssp',
		'pt-BR': 'correção do oracle de criptografia credssp',
		ko: 'credssp 암호화 oracle 수정',
		ru: 'исправлением oracle шифрования credssp',
	},
	// The CredSSP dialog's first line, then the system's message it prints (SEC_E_UNSUPPORTED_FUNCTION).
	'auth-function-not-supported': {
		de: 'authentifizierungsfehler.…die angeforderte funktion wird nicht unterstützt',
		fr: "une erreur d'authentification s'est produite.…la fonction demandée n'est pas prise en charge",
		es: 'error de autenticación.…no se permite la función solicitada',
		'pt-BR': 'erro de autenticação.…não há suporte para a função solicitada',
		'zh-CN': '发生身份验证错误…要求的函数不受支持',
		ko: '인증 오류가 발생했습니다…요청한 함수가 지원되지 않습니다',
	},
	// The system's message (SEC_E_NO_AUTHENTICATING_AUTHORITY) in the authentication error dialog.
	'lsa-not-contacted': {
		de: 'die lokale sicherheitsautorität (lsa) ist nicht erreichbar',
		fr: "l'autorité de sécurité locale ne peut pas être contactée",
		es: 'no es posible ponerse en contacto con la autoridad de seguridad local',
		it: "impossibile contattare l'autorità di sicurezza locale",
		'pt-BR': 'a autoridade de segurança local não pode ser contatada',
		ja: 'ローカル セキュリティ機関にアクセスできません',
		'zh-CN': '无法连接到本地安全机构',
		ko: '로컬 보안 기관에 연결할 수 없습니다',
		ru: 'не удается установить связь с локальной системой безопасности',
	},
	'time-difference': {
		de: 'da eine zeit- oder datumsdifferenz zwischen diesem computer und dem remotecomputer besteht',
		fr: "en raison d'une différence d'heure ou de date",
		es: 'porque hay una diferencia de hora o fecha',
		it: 'a causa di una differenza di data o di ora',
		'pt-BR': 'devido a uma diferença de hora ou data',
		ja: 'お使いのコンピューターとリモート コンピューター間で日時の違いがあるため',
		'zh-CN': '因为你的计算机和远程计算机之间存在时间或日期差',
		ko: '사용자 컴퓨터와 원격 컴퓨터의 시간 또는 날짜가 달라',
		ru: 'поскольку обнаружено различие во времени или текущей дате',
	},
	// Italian's "Impossibile trovare il computer" is left out: it names no Remote Desktop.
	'cannot-find-computer': {
		de: 'remotedesktop kann den computer…nicht finden',
		fr: "le bureau à distance ne trouve pas l'ordinateur",
		es: 'escritorio remoto no encuentra el equipo',
		'pt-BR': 'a área de trabalho remota não pode localizar o computador',
		ja: 'リモート デスクトップはコンピューター…を検出できません',
		'zh-CN': '远程桌面无法找到计算机',
		ko: '원격 데스크톱에서…컴퓨터를 찾을 수 없습니다',
		ru: 'удаленному рабочему столу не удалось найти компьютер',
	},
	'name-not-in-network': {
		de: 'nicht zum angegebenen netzwerk',
		fr: 'ne fait pas partie du réseau spécifié',
		es: 'no pertenece a la red especificada',
		it: 'non appartenga alla rete specificata',
		'pt-BR': 'não pertence à rede especificada',
		ja: 'が指定のネットワークに属していない',
		'zh-CN': '不属于指定的网络',
		ko: '지정한 네트워크에…컴퓨터가 속해 있지 않은 것 같습니다',
		ru: 'не принадлежит к указанной сети',
	},
};

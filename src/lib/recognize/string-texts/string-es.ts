/**
 * The strings of localized-sentence-sources.ts in es.
 * Microsoft's strings (see string-table.ts) by string id, escapes decoded, no-break spaces written
 * as escapes. Written by scripts/string-table-texts.mjs from the dump: do not edit by hand. Tests
 * read it; the browser never loads it.
 */
import type { StringTexts } from '../localized-sentence-sources.ts';

export default {
	mstscax: {
		13560: 'El nombre de servidor en el certificado no es correcto.',
		13561: 'El certificado no proviene de una entidad de certificación de confianza.',
		13600:
			'La sesión de Servicios de Escritorio remoto finalizó por alguna de estas posibles causas:\n\nEl administrador terminó la sesión.\nError al establecer la conexión.\nProblema de red.\n\nSi desea obtener ayuda para solucionar el problema, vea la sección "Escritorio remoto" en Ayuda y soporte técnico.',
		13602:
			'El cliente no puede conectarse al equipo remoto por un error de seguridad. Compruebe que inició sesión en la red y después intente volver a conectarse.',
		13603:
			'Escritorio remoto no encuentra el equipo "%s". Esto puede significar que "%s" no pertenece a la red especificada. Compruebe el nombre del equipo y el dominio al que está intentando conectarse.',
		13606: 'Error interno.',
		13607:
			'Este equipo no se puede conectar al equipo remoto.\n\nIntente conectarse de nuevo. Si el problema continúa, póngase en contacto con el propietario del equipo remoto o con el administrador de red.',
		13610:
			'Debido a un error de protocolo, se desconectará la sesión. Intente volver a conectarse al equipo remoto.',
		13615:
			'La sesión de Servicios de Escritorio remoto finalizó.\n\nLa conexión al equipo remoto se interrumpió, probablemente por problemas de conectividad de red. Intente conectarse al equipo remoto de nuevo. Si el problema continúa, póngase en contacto con el administrador de red o con el personal de soporte técnico.',
		13621:
			'Se desconectará la sesión debido a un error de protocolo (código: 0x%x).\nIntente conectarse nuevamente al equipo remoto.',
		13623:
			'El equipo remoto desconectó la sesión porque hubo un error en el protocolo de licencias.\nVuelva a intentar conectarse al equipo remoto o póngase en contacto con el administrador del servidor.',
		13626:
			'Se desconectó la sesión remota porque no hay servidores de licencias de Escritorio remoto disponibles para proporcionar una licencia.\nPóngase en contacto con el administrador del servidor.',
		13629:
			'Se desconectó la sesión remota porque la licencia de acceso de cliente de Escritorio remoto almacenada en este equipo se ha modificado.',
		13642:
			'Código de error: 0x%x\nCódigo de error extendido: 0x%x\nMarca de tiempo (UTC): %s\n\nPresione Ctrl+C para copiar.',
		13644:
			'Se denegó la conexión porque las cuentas de usuario no están autorizadas para el inicio remoto de sesión.',
		13645:
			'Escritorio remoto no se puede conectar al equipo remoto por una de las siguientes razones:\n\n1) El acceso remoto al servidor no está habilitado\n2) El equipo remoto está desactivado\n3) El equipo remoto no está disponible en la red\n\nAsegúrate de que el equipo remoto esté activado y conectado a la red, así como de que el acceso remoto esté habilitado.',
		13656:
			'El equipo no se puede conectar al equipo remoto porque la dirección solicitada del servidor de puerta de enlace de Escritorio remoto y el nombre de sujeto del certificado no coinciden. Póngase en contacto con el administrador de red para obtener ayuda.',
		13660:
			'El equipo no se puede conectar al equipo remoto porque la dirección del servidor de puerta de enlace de Escritorio remoto no es accesible o no es correcta. Escriba una dirección de servidor de puerta de enlace de Escritorio remoto válida.',
		13707: 'Las credenciales no funcionaron',
		13708:
			'Las credenciales usadas para conectarse a %s no funcionaron. Escriba nuevas credenciales.',
		13721:
			'La conexión se interrumpió porque se recibió un certificado de autenticación de servidor inesperado desde el equipo remoto.\nIntente conectarse de nuevo. Si el problema continúa, póngase en contacto con el propietario del equipo remoto o con el administrador de red.',
		13742:
			'El equipo remoto requiere Autenticación a nivel de red, lo que no es compatible con este equipo. Para obtener ayuda, póngase en contacto con el administrador del sistema o con el personal de soporte técnico.',
		13746:
			'Escritorio remoto no puede comprobar la identidad del equipo remoto porque hay una diferencia de hora o fecha entre ambos. Asegúrate de que el reloj del equipo tenga la hora correcta y, después, intenta conectarse de nuevo. Si el problema se repite, ponte en contacto con el administrador de red o con el propietario del equipo remoto.',
		14015:
			'El equipo remoto al que intenta conectarse requiere Autenticación a nivel de red (NLA), pero no se puede establecer contacto con el controlador de dominio de Windows para realizar la NLA. Si es un administrador del equipo remoto, puede deshabilitar la NLA con las opciones de la pestaña Remoto del cuadro de diálogo Propiedades del sistema.',
		15030:
			'Escritorio remoto no se puede conectar al equipo remoto "%s" por una de estas razones:\n\n1) La cuenta de usuario no aparece en la lista de permisos de la puerta de enlace de Escritorio remoto\n2) Es posible que hayas especificado el equipo remoto en formato NetBIOS (por ejemplo, computer1), pero la puerta de enlace de Escritorio remoto espera un formato de dirección IP o FQDN (por ejemplo, computer1.fabrikam.com o 157.60.0.1).\n\nPonte en contacto con el administrador de red para obtener ayuda.',
		15031:
			'Escritorio remoto no se puede conectar al equipo remoto "%s" por una de estas razones:\n\n1) La cuenta de usuario no está autorizada para obtener acceso a la puerta de enlace de Escritorio remoto "%s"\n2) El equipo no está autorizado para obtener acceso a la puerta de enlace de Escritorio remoto "%s"\n3) Estás usando un método de autenticación incompatible (por ejemplo, es posible que la puerta de enlace de Escritorio remoto espere una tarjeta inteligente, pero que se haya proporcionado una contraseña).\n\nPonte en contacto con el administrador de red para obtener ayuda.',
		16206:
			'Error de autenticación.\n%s\nEquipo remoto: %s\nEsto puede deberse a que se bloqueó la autenticación NTLM en el equipo remoto.\nEsto también puede deberse a la corrección del oráculo de cifrado CredSSP.\n(consulte https://go.microsoft.com/fwlink/?linkid=866660)',
		16901: 'Configurando sesión remota...',
	},
	kernelbase: {
		0x80090302: 'No se permite la función solicitada\r\n',
		0x80090304: 'No es posible ponerse en contacto con la autoridad de seguridad local\r\n',
		0x8009030c: 'No se puede iniciar sesión\r\n',
	},
	controls: {
		'14014/14001':
			'No puede autenticarse el equipo remoto debido a problemas con el certificado de seguridad. No se recomienda continuar.',
	},
} satisfies StringTexts;

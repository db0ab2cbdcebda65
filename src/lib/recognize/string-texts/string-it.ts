/**
 * The strings of localized-sentence-sources.ts in it.
 * Microsoft's strings (see string-table.ts) by string id, escapes decoded, no-break spaces written
 * as escapes. Written by scripts/string-table-texts.mjs from the dump: do not edit by hand. Tests
 * read it; the browser never loads it.
 */
import type { StringTexts } from '../localized-sentence-sources.ts';

export default {
	mstscax: {
		13560: 'Il nome del server presente sul certificato è errato.',
		13561:
			"Il certificato proviene da una Autorità di certificazione non disponibile nell'elenco locale .",
		13600:
			"Sessione di Servizi Desktop remoto terminata. Motivi possibili:\n\nSessione terminata dall'amministratore.\nErrore durante la connessione.\nErrore di rete.\n\nPer risolvere il problema, vedere l'argomento relativo a Desktop remoto in Guida e supporto tecnico.",
		13602:
			'Impossibile connettersi al computer remoto. Errore di sicurezza. Accertarsi che il computer sia connesso in rete, quindi riprovare.',
		13603:
			'Impossibile trovare il computer "%s". È possibile che "%s" non appartenga alla rete specificata. Verificare il nome del computer e il dominio a cui si sta tentando di connettersi.',
		13606: 'Errore interno.',
		13607:
			"Impossibile connettersi al computer remoto.\n\nRiprovare. Se il problema persiste, contattare il proprietario del computer remoto o l'amministratore di rete.",
		13610:
			'Errore di protocollo. La sessione verrà disconnessa. Provare a ricollegarsi al computer remoto.',
		13615:
			"Sessione di Servizi Desktop remoto terminata.\n\nLa connessione al computer remoto è stata interrotta a causa di problemi relativi alla connettività di rete. Riprovare a connettersi al computer remoto. Se il problema persiste, contattare l'amministratore di rete o il supporto tecnico.",
		13621:
			'Errore di protocollo (codice: 0x%x). La sessione remota verrà disconnessa.\nProvare a riconnettersi al computer remoto.',
		13623:
			"Il computer remoto ha interrotto la sessione a causa di un errore del protocollo di gestione delle licenze.\nProvare a riconnettersi al computer remoto o contattare l'amministratore del server.",
		13626:
			"La sessione remota è stata disconnessa perché non sono disponibili server licenze di Desktop remoto per il rilascio della licenza.\nContattare l'amministratore del server.",
		13629:
			'La sessione remota è stata disconnessa perché la licenza CAL (Client Access License) di Desktop remoto archiviata nel computer è stata modificata.',
		13642:
			'Codice errore: 0x%x\nCodice errore esteso: 0x%x\nTimestamp (UTC): %s\n\nPremi CTRL+C per copiare.',
		13644:
			"La connessione è stata negata perché l'account utente non è autorizzato per l'accesso remoto.",
		13645:
			"Impossibile connettere Remote Desktop al computer remoto per uno dei motivi seguenti:\n\n1) L'accesso remoto al server non è abilitato.\n2) Il computer remoto è spento.\n3) Il computer remoto non è disponibile in rete.\n\nVerifica che il computer remoto sia acceso e connesso alla rete e che l'accesso remoto sia abilitato.",
		13656:
			"Impossibile connettersi al computer remoto. L'indirizzo del server Gateway Desktop remoto richiesto e il nome del soggetto del certificato non corrispondono. Per informazioni, contattare l'amministratore di rete.",
		13660:
			"Impossibile connettersi al computer remoto. L'indirizzo del server Gateway Desktop remoto non è raggiungibile o non è corretto. Digitare un indirizzo valido per il server Gateway Desktop remoto.",
		13707: 'Le credenziali specificate non funzionano',
		13708:
			'Le credenziali utilizzate per la connessione a %s non sono valide. Immettere le nuove credenziali.',
		13721:
			"Il computer remoto ha inviato un certificato di autenticazione del server. Connessione interrotta.\nProvare a ristabilire la connessione. Se il problema persiste, rivolgersi al proprietario del computer remoto o all'amministratore di rete.",
		13742:
			"Il computer remoto richiede l'Autenticazione a livello di rete, che non è supportata dal computer in uso. Per ottenere assistenza, contattare l'amministratore del sistema o il supporto tecnico.",
		13746:
			"Desktop remoto: impossibile verificare l'identità del computer remoto a causa di una differenza di data o di ora tra il computer in uso e quello remoto. Verifica che l'ora del computer sia impostata correttamente, quindi ripeti la connessione. Se il problema persiste, contatta l'amministratore della rete o il proprietario del computer remoto.",
		14015:
			'Il computer remoto a cui si sta tentando di connettersi richiede Autenticazione a livello di rete, tuttavia non è possibile contattare il controller di dominio Windows per eseguire questo tipo di autenticazione. Un amministratore del computer remoto può disattivare Autenticazione a livello rete utilizzando le opzioni disponibili nella scheda Connessione remota della finestra di dialogo Proprietà sistema.',
		15030:
			"Impossibile connettere Desktop remoto al computer remoto \"%s\" per uno dei motivi seguenti:\n\n1) L'account utente non è incluso nell'elenco delle autorizzazioni di Gateway Desktop remoto.\n2) È possibile che il computer remoto sia stato specificato in formato NetBIOS (ad esempio, computer1), ma Gateway Desktop remoto prevede il formato FQDN o indirizzo IP (ad esempio, computer1.fabrikam.com o 157.60.0.1).\n\nPer ulteriori informazioni, contatta l'amministratore della rete.",
		15031:
			'Impossibile connettere Desktop remoto al computer remoto "%s" per uno dei motivi seguenti:\n\n1) L\'account utente non è autorizzato ad accedere all\'istanza di Gateway Desktop remoto "%s".\n2) Il computer non è autorizzato ad accedere all\'istanza di Gateway Desktop remoto "%s".\n3) Il metodo di autenticazione utilizzato non è compatibile, ad esempio è prevista una smart card ma viene specificata una password.\n\nPer ulteriori informazioni, contatta l\'amministratore della rete.',
		16206:
			"Si è verificato un errore di autenticazione.\n%s\nComputer remoto: %s\nQuesto potrebbe essere dovuto al blocco dell'autenticazione NTLM nel computer remoto.\nPotrebbe anche essere dovuto alla Correzione oracolo di crittografia CredSSP.\n(vedi https://go.microsoft.com/fwlink/?linkid=866660)",
		16901: 'Configurazione della sessione remota in corso...',
	},
	kernelbase: {
		0x80090302: 'La funzione richiesta non è supportata\r\n',
		0x80090304: "Impossibile contattare l'autorità di sicurezza locale\r\n",
		0x8009030c: 'Tentativo di accesso non riuscito\r\n',
	},
	controls: {
		'14014/14001':
			'Impossibile autenticare il computer remoto a causa di problemi con il relativo certificato di sicurezza. Potrebbe essere rischioso continuare.',
	},
} satisfies StringTexts;

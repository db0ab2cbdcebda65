/**
 * The strings of localized-sentence-sources.ts in pt-BR.
 * Microsoft's strings (see string-table.ts) by string id, escapes decoded, no-break spaces written
 * as escapes. Written by scripts/string-table-texts.mjs from the dump: do not edit by hand. Tests
 * read it; the browser never loads it.
 */
import type { StringTexts } from '../localized-sentence-sources.ts';

export default {
	mstscax: {
		13560: 'O nome do servidor no certificado está incorreto.',
		13561: 'O certificado não provém de uma autoridade de certificação confiável.',
		13600:
			'Sua sessão Serviços de Área de Trabalho Remota foi encerrada. Possíveis motivos:\n\nO administrador encerrou a sessão.\nHouve um erro ao estabelecer a conexão.\nHouve um problema na rede.\n\nPara obter ajuda para resolver o problema, consulte "Área de Trabalho Remota" na Ajuda e Suporte.',
		13602:
			'Devido a um erro de segurança, o cliente não pôde se conectar ao computador remoto. Verifique se você fez logon na rede e tente se conectar novamente.',
		13603:
			'A Área de Trabalho Remota não pode localizar o computador "%s". Isso pode significar que "%s" não pertence à rede especificada. Verifique o nome do computador e o domínio ao qual você está tentando se conectar.',
		13606: 'Erro interno.',
		13607:
			'Este computador não pode se conectar ao computador remoto.\n\nTente conectar-se novamente. Se o problema persistir, entre em contato com o proprietário do computador remoto ou o administrador de rede.',
		13610:
			'Devido a um erro de protocolo, esta sessão será desconectada. Tente se conectar novamente ao computador remoto.',
		13615:
			'Sua sessão Serviços de Área de Trabalho Remota foi encerrada.\n\nA conexão com o computador remoto foi perdida, possivelmente devido a problemas de conectividade da rede. Tente conectar-se ao computador remoto novamente. Se o problema persistir, entre em contato com o administrador de rede ou com o suporte técnico.',
		13621:
			'Devido a um erro de protocolo (código: 0x%x), esta sessão será desconectada.\nTente se conectar novamente ao computador remoto.',
		13623:
			'O computador remoto desconectou a sessão devido a um erro no protocolo de licenciamento.\nTente se conectar novamente ao computador remoto ou contate o administrador do servidor.',
		13626:
			'A sessão remota foi desconectada porque não há servidores de licenças da Área de Trabalho Remota disponíveis para fornecer licenças.\n Entre em contato com o administrador do servidor.',
		13629:
			'A sessão remota foi desconectada porque a licença de acesso para cliente da Área de Trabalho Remota armazenada no computador foi modificada.',
		13642:
			'Código de erro: 0x%x\nCódigo de erro estendido: 0x%x\nCarimbo de data/hora (UTC): %s\n\nPressione Ctrl+C para copiar.',
		13644: 'A conexão foi negada porque a conta do usuário não é autorizada para logon remoto.',
		13645:
			'A Área de Trabalho Remota não pode se conectar ao computador remoto por uma destas razões:\n\n1) O acesso remoto ao servidor não está ativado\n2) O computador remoto está desligado\n3) O computador remoto não está disponível na rede\n\nVerifique se o computador remoto está ligado e conectado à rede, e se o acesso remoto está ativado.',
		13656:
			'O computador não pode se conectar ao computador remoto, pois o endereço do servidor do Gateway de Área de Trabalho Remota exigido e o nome de requerente do certificado não são compatíveis. Entre em contato com o administrador de rede para obter assistência.',
		13660:
			'O computador não pode se conectar ao computador remoto, pois o endereço do servidor do Gateway da Área de Trabalho Remota está inacessível ou é incorreto. Digite um endereço de servidor do Gateway da Área de Trabalho Remota.',
		13707: 'Suas credenciais não funcionaram',
		13708: 'As credenciais usadas para a conexão com %s não funcionaram. Digite novas credenciais.',
		13721:
			'A conexão foi finalizada, pois um certificado de autenticação de servidor inesperado foi recebido do computador remoto.\nTente conectar-se novamente. Se o problema persistir, entre em contato com o proprietário do computador remoto ou com o administrador de rede.',
		13742:
			'O computador remoto exige a Autenticação no Nível de Rede, que não é suportada pelo seu computador. Para obter assistência, entre em contato com o administrador do sistema ou o suporte técnico.',
		13746:
			'A Área de Trabalho Remota não conseguiu verificar a identidade do computador remoto devido a uma diferença de hora ou data entre o seu computador e o computador remoto. Verifique se o relógio do computador está ajustado com a hora correta e tente conectar novamente. Se o problema persistir, contate o administrador da rede ou o proprietário do computador remoto.',
		14015:
			'O computador remoto ao qual você está tentando se conectar exige autenticação NLA (Autenticação no Nível da Rede), mas o controlador de domínio do Windows não pode ser contatado para executar a NLA. Se você for administrador no computador remoto, poderá desabilitar a NLA usando as opções da guia Remoto na caixa de diálogo Propriedades do Sistema.',
		15030:
			'A Área de Trabalho Remota não pode se conectar ao computador remoto "%s" por uma destas razões:\n\n1) A conta do usuário não está listada na lista de permissões do Gateway da Área de Trabalho Remota\n2) Você pode ter especificado o computador remoto no formato NetBIOS (por exemplo, computer1), mas o Gateway da Área de Trabalho Remota está esperando um FQDN ou um formato de endereço IP (por exemplo, computer1.fabrikam.com ou 157.60.0.1).\n\nEntre em contato com o administrador de rede para obter assistência.',
		15031:
			'A Área de Trabalho Remota não pode se conectar ao computador remoto "%s" por uma destas razões:\n\n1) A conta do usuário não está autorizada a acessar o Gateway da Área de Trabalho Remota "%s"\n2) O computador não está autorizado a acessar o Gateway da Área de Trabalho Remota "%s"\n3) Você está usando um método de autenticação incompatível (por exemplo, o Gateway RD pode estar esperando um cartão inteligente, mas você forneceu uma senha)\n\nEntre em contato com o administrador da rede para obter assistência.',
		16206:
			'Erro de autenticação.\n%s\nComputador remoto: %s\nIsso pode ter causado o bloqueio da autenticação NTLM no computador remoto.\nIsso também pode ser devido à correção do oracle de criptografia CredSSP.\n(consulte https://go.microsoft.com/fwlink/?linkid=866660)',
		16901: 'Configurando a sessão remota...',
	},
	kernelbase: {
		0x80090302: 'Não há suporte para a função solicitada\r\n',
		0x80090304: 'A autoridade de segurança local não pode ser contatada\r\n',
		0x8009030c: 'Falha na tentativa de logon\r\n',
	},
	controls: {
		'14014/14001':
			'Não foi possível autenticar o computador remoto devido a problemas com o certificado de segurança. Talvez não seja seguro continuar.',
	},
} satisfies StringTexts;

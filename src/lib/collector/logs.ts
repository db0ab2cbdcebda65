/** The event logs the collector reads, and lookups over the events it printed. */
import type { Snapshot } from './snapshot.ts';

export const RCM = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager';
/** Log names as Get-WinEvent spells them. */
export const LOGS = {
	system: 'System',
	rcmAdmin: `${RCM}/Admin`,
	rcmOperational: `${RCM}/Operational`,
	rdpCore: 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational',
	lsm: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
	broker: 'Microsoft-Windows-TerminalServices-SessionBroker/Operational',
	brokerClient: 'Microsoft-Windows-TerminalServices-SessionBroker-Client/Operational',
} as const;

/** Events of a log (optionally one provider) with one of the ids. */
export function eventsOf(s: Snapshot, log: string, ids: readonly number[], provider?: string) {
	return s.events.filter(
		(e) =>
			e.log.toLowerCase() === log.toLowerCase() &&
			ids.includes(e.id) &&
			(provider === undefined || e.provider.toLowerCase() === provider.toLowerCase()),
	);
}

/** The line saying the log was read, or undefined when it was not. */
export const logRead = (s: Snapshot, log: string): number | undefined =>
	s.logsRead.get(log.toLowerCase());

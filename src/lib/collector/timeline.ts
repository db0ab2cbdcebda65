/**
 * Facts that come from when things happened in the days the collector read: connections that
 * arrived (RemoteConnectionManager 261, RdpCoreTS 131), remote sign-ins (LocalSessionManager 21
 * and 25, console ones already left out by the collector) and installed updates (Get-HotFix,
 * WindowsUpdateClient 19).
 */
import type { Fact } from '../diagnose/facts.ts';
import { eventsOf, logRead, LOGS } from './logs.ts';
import type { Snapshot } from './snapshot.ts';

const DAY_MS = 86_400_000;

/** An update's install time as a range: Get-HotFix knows only the day. */
interface Installed {
	readonly earliest: number;
	readonly latest: number;
	readonly line: number;
}

function updates(s: Snapshot): Installed[] {
	const out: Installed[] = s.hotfixes.map((h) => {
		const day = Date.parse(h.installed);
		return { earliest: day, latest: day + DAY_MS, line: h.line };
	});
	for (const e of eventsOf(s, LOGS.system, [19], 'Microsoft-Windows-WindowsUpdateClient'))
		for (const at of [e.first, e.last])
			out.push({
				earliest: Date.parse(at),
				latest: Date.parse(at),
				line: e.line,
			});
	return out;
}

const lastOf = (events: readonly { last: string }[]): number | undefined =>
	events.length === 0 ? undefined : Math.max(...events.map((e) => Date.parse(e.last)));

/** port-open, other-client and recent-update facts. */
export function timelineFacts(s: Snapshot): Fact[] {
	const out: Fact[] = [];
	const arrived = [...eventsOf(s, LOGS.rcmOperational, [261]), ...eventsOf(s, LOGS.rdpCore, [131])];
	const logons = logRead(s, LOGS.lsm) === undefined ? undefined : eventsOf(s, LOGS.lsm, [21, 25]);
	const first = arrived[0];
	if (first) {
		const count = arrived.reduce((n, e) => n + e.count, 0);
		out.push({
			id: 'collector-connections-arrived',
			line: first.line,
			what: `${count} incoming connections logged`,
		});
		if (logons?.length === 0)
			out.push({
				id: 'collector-no-remote-logons',
				line: first.line,
				what: 'Connections arrived; no remote sign-in (events 21, 25) succeeded',
			});
	}
	const lastLogon = logons === undefined ? undefined : lastOf(logons);
	const lastConnection = lastOf(arrived);
	const installs = updates(s);
	const since = s.collected && s.days ? s.collected.getTime() - s.days * DAY_MS : undefined;
	const recent = since === undefined ? [] : installs.filter((u) => u.earliest >= since);
	const before = recent.find(
		(u) =>
			lastLogon !== undefined &&
			lastConnection !== undefined &&
			lastLogon < u.earliest &&
			lastConnection > u.latest,
	);
	if (before) {
		out.push({
			id: 'collector-update-before-failures',
			line: before.line,
			what: 'Sign-ins stopped after this update while connections kept arriving',
		});
		return out;
	}
	const updatesRead =
		logRead(s, LOGS.system) !== undefined && !s.errors.some((e) => e.what === 'updates.hotfix');
	const lastInstall =
		installs.length === 0 ? undefined : Math.max(...installs.map((u) => u.latest));
	if (updatesRead && since !== undefined && recent.length === 0)
		out.push({
			id: 'collector-no-recent-update',
			line: s.hotfixes[0]?.line ?? logRead(s, LOGS.system)!,
			what: 'No update installed in the days read',
		});
	else if (lastLogon !== undefined && lastInstall !== undefined && lastLogon > lastInstall)
		out.push({
			id: 'collector-no-recent-update',
			line: logons!.find((e) => Date.parse(e.last) === lastLogon)!.line,
			what: 'Remote sign-ins succeeded after the last update',
		});
	return out;
}

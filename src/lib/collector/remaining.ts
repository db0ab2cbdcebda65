/**
 * The questions a collector block leaves open on its walk, each with why the collector cannot
 * answer it. `assumed` steps are the ones a person must answer; `unknown` ones take "Not sure",
 * which the tree follows the same way, so they only need a person when the result looks wrong.
 */
import type { NodeId } from '../../schemas/graph.ts';
import type { Plan } from '../diagnose/navigate.ts';

/** Why the collector cannot see a question's answer, by question id. */
export const BLIND_SPOTS: Readonly<Record<string, string>> = {
	gateway:
		'Whether the client goes through a gateway or broker is in its .rdp file, which the collector does not read.',
	'broker-events': 'The broker logs were not read: run the collector on the Connection Broker.',
	'gateway-bypass':
		'Only a sign-in straight to the session host, from inside its network, shows this.',
	'port-open':
		'No incoming connection was logged, and a run on the host cannot test from the client: run it with -Client -ComputerName on the failing computer.',
	'by-ip': "This needs the host's real address tested from the client's network.",
	'azure-nsg':
		'Network security groups live in Azure, outside the VM: use IP flow verify in the portal.',
	'console-azure': 'The collector could not tell where the host runs.',
	'other-client': 'Whether a second computer gets in right now takes a try from that computer.',
	'client-credssp':
		'The error dialog is on the failing computer; run the collector there with -Client.',
	localhost: 'A sign-in to localhost needs a person at the host’s console.',
	'machinekeys-acl':
		'The RDP key file’s permissions could not be read (a healthy key file gives administrators no access).',
};

/** An open question of the walk. */
export interface Remaining {
	readonly question: NodeId;
	/** Assumed (a person must answer) or unknown (Not sure was taken). */
	readonly kind: 'assumed' | 'unknown';
	readonly why: string;
}

const FALLBACK = 'The collector output does not settle it: a section it needs could not be read.';

/** The walk's questions the collector did not settle, in order. */
export function remainingQuestions(plan: Plan): Remaining[] {
	const out: Remaining[] = plan.steps.flatMap((s) =>
		s.kind === 'evidence'
			? []
			: [{ question: s.at, kind: s.kind, why: BLIND_SPOTS[s.at] ?? FALLBACK }],
	);
	if (plan.opens.type === 'question')
		out.push({
			question: plan.opens.id,
			kind: 'assumed',
			why: BLIND_SPOTS[plan.opens.id] ?? FALLBACK,
		});
	return out;
}

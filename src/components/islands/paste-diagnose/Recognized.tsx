import type { Diagnosis } from '../../../lib/diagnose/diagnose.ts';
import { lineAt } from '../../../lib/diagnose/lines.ts';
import type { ClientId } from '../../../lib/recognize/clients.ts';
import type { PasteDiagnoseModel } from './model.ts';

const CLIENTS: Record<ClientId, string> = {
	mstsc: 'Remote Desktop Connection (mstsc)',
	'windows-app-macos': 'the Windows App / Remote Desktop app (macOS, iOS)',
	freerdp: 'FreeRDP',
	remmina: 'Remmina (FreeRDP)',
	mremoteng: 'mRemoteNG',
	rdcman: 'Remote Desktop Connection Manager',
};

/** Known sentences that name no cause on their own (each once), for the "what it shows" list. */
function genericSentences(d: Diagnosis): { id: string; says: string; line: number }[] {
	const seen = new Map<string, { id: string; says: string; line: number }>();
	for (const m of d.recognition.sentences) {
		const s = m.sentence;
		if (s.signature !== undefined || s.causes.length > 0 || seen.has(s.id)) continue;
		const line = lineAt(d.lines, m.start);
		seen.set(s.id, { id: s.id, says: s.says, line });
	}
	return [...seen.values()];
}

/** What the recognizer read: codes with their pages, generic dialog sentences, the client. */
export function Recognized({ model }: { model: PasteDiagnoseModel }) {
	const d = model.diagnosis;
	if (d === undefined) return null;
	const sentences = genericSentences(d);
	const client = d.recognition.client;
	if (d.codeFacts.length === 0 && sentences.length === 0 && client === undefined) return null;
	return (
		<div class="pd-recognized">
			<h4>What the text shows</h4>
			<ul>
				{d.codeFacts.map((c) => (
					<li key={c.id}>
						<a href={model.codeHref(c.id)}>
							{c.label} {c.hex}
						</a>{' '}
						(line {c.line}){c.meaning ? `: ${c.meaning}` : ''}
						{c.generic && ' Many causes produce it, so it does not name one.'}
					</li>
				))}
				{sentences.map((s) => (
					<li key={s.id}>
						{s.says} (line {s.line}).
					</li>
				))}
				{client !== undefined && <li>Printed by {CLIENTS[client]}.</li>}
			</ul>
		</div>
	);
}

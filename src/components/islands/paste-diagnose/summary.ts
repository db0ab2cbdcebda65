/** Words and marks the paste box derives from a diagnosis: pure, no Preact. */
import type { Diagnosis } from '../../../lib/diagnose/diagnose.ts';
import type { LineRange } from '../../../lib/diagnose/lines.ts';
import { is0x904 } from '../../../lib/diagnose/heading.ts';

export { headingOf, is0x904, shownCode } from '../../../lib/diagnose/heading.ts';

/** What the live region says about a diagnosis. */
export function summaryOf(result: Diagnosis): string {
	const top = result.candidates[0];
	if (top === undefined) {
		if (is0x904(result))
			return 'This is error 0x904: the code does not name the cause; the questions of the tree find it.';
		const n = result.codeFacts.length;
		if (n > 0)
			return `${n} code${n === 1 ? '' : 's'} found; no cause is known for ${n === 1 ? 'it' : 'them'}.`;
		return 'No known cause matches this text.';
	}
	const n = result.candidates.length;
	const lead = result.clear ? 'Most likely cause' : 'Leading candidate';
	return `${n} possible cause${n === 1 ? '' : 's'}. ${lead}: ${top.cause.title} (${top.confidence} evidence).`;
}

/** Every line range the view marks: candidate evidence, facts and codes. */
export function markedRanges(result: Diagnosis): LineRange[] {
	const ranges: LineRange[] = [...result.facts, ...result.codeFacts].map((f) => ({
		start: f.line,
		end: f.line,
	}));
	for (const c of result.candidates) for (const e of c.evidence) ranges.push(...e.hit.ranges);
	return ranges;
}

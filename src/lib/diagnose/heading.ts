/**
 * What the paste box's results are headed with, from a diagnosis: the cause when one clearly
 * wins, else the error or the code the paste shows. Pure; the island only renders it.
 */
import type { CodeFact } from '../recognize/evidence.ts';
import type { Diagnosis } from './diagnose.ts';

/** True when the paste shows the disconnect code 0x904, the error this site is about. */
export function is0x904(result: Diagnosis): boolean {
	return result.codeFacts.some((c) => c.id === 'disconnect/0x904');
}

/**
 * The code the paste is named by when it shows no cause and none of the site's errors: the first
 * that is not generic and not 0x0 (an empty extended code), in the tables or not. Never wording a
 * family of codes shares ("Because of a protocol error"). With candidates, their list leads and
 * the code stays in "What the text shows".
 */
export function shownCode(result: Diagnosis): CodeFact | undefined {
	if (result.errors.length > 0 || result.candidates.length > 0) return undefined;
	return result.codeFacts.find((c) => !c.generic && c.hex !== '0x0');
}

/**
 * The results' heading. It never says more causes fit than the list shows: one candidate that
 * does not clearly win is "Possibly", and "Several causes fit" needs at least two.
 */
export function headingOf(result: Diagnosis): string {
	const top = result.candidates[0];
	if (top === undefined) {
		if (is0x904(result)) {
			const extended7 = result.codeFacts.some((c) => c.id === 'extended/0x7');
			return `This is error 0x904${extended7 ? ' with extended 0x7' : ''}`;
		}
		const shown = result.errors[0]?.error;
		if (shown !== undefined) return `This is ${shown.title}`;
		const code = shownCode(result);
		return code !== undefined
			? `The text shows ${code.label.toLowerCase()} ${code.hex}`
			: 'No known cause matches';
	}
	if (result.clear) return `Most likely: ${top.cause.title}`;
	return result.candidates.length === 1 ? `Possibly: ${top.cause.title}` : 'Several causes fit';
}

import type { CauseNode } from '../../schemas/graph.ts';
import type { Signature } from '../../schemas/signature.ts';
import { assertNever } from '../assert-never.ts';
import type { GraphProblem } from './problem.ts';

/** The evidence a signature looks for, without its id, weight and wording: equal keys match the same text. */
export function signatureKey(signature: Signature): string {
	switch (signature.type) {
		case 'event':
			return JSON.stringify([
				'event',
				signature.eventId,
				signature.provider?.toLowerCase() ?? '',
				signature.channel?.toLowerCase() ?? '',
				signature.message?.toLowerCase() ?? '',
			]);
		case 'text':
			return JSON.stringify(['text', signature.fragment.toLowerCase()]);
		case 'registry':
			return JSON.stringify([
				'registry',
				signature.name.toLowerCase(),
				signature.path?.toLowerCase() ?? '',
				signature.value.toLowerCase(),
			]);
		case 'output':
			return JSON.stringify(['output', signature.pattern, signature.unless ?? '', signature.flags]);
		default:
			return assertNever(signature);
	}
}

function regexProblem(source: string, flags: string): string | undefined {
	try {
		new RegExp(source, flags);
		return undefined;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
}

/**
 * Why a pattern can take quadratic time or worse on a paste, or undefined. Two shapes: a repeated
 * group that repeats inside (`(a+)+`, `(\s*x)*`: exponential), and `^` followed by a `\s`
 * repetition under the m flag (`\s` crosses the line breaks `^` stops at, so every break
 * restarts a scan to the end of the run: 20 kB of U+2028 took seconds).
 */
export function regexRisk(source: string, flags: string): string | undefined {
	if (flags.includes('m') && /(?:^|[^\\])\^\\s[*+{]/.test(source))
		return 'a \\s repetition right after ^ under the m flag: use [ \\t]* (spaces and tabs) instead';
	// One entry per open group: whether something inside it repeats.
	const groups: boolean[] = [];
	const repeats = (at: number): boolean => /^[*+{]/.test(source.slice(at, at + 1));
	for (let i = 0; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') i++;
		else if (c === '[') {
			for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
		} else if (c === '(') groups.push(false);
		else if (c === ')') {
			const inner = groups.pop() ?? false;
			if (inner && repeats(i + 1))
				return 'a repeated group with a repetition inside (nested quantifiers): rewrite it without the outer repetition';
			if (inner || repeats(i + 1)) markRepeating(groups);
		} else if ((c === '*' || c === '+' || c === '{') && repeats(i)) markRepeating(groups);
	}
	return undefined;
}

function markRepeating(groups: boolean[]): void {
	if (groups.length > 0) groups[groups.length - 1] = true;
}

/**
 * Signature rules: every regex compiles and has neither nested quantifiers nor a `\s` repetition
 * after `^` under the m flag; ids are unique within a cause; a signature id used by
 * several causes names identical evidence; identical evidence in two causes says how to tell
 * them apart (`tellApart` on each).
 */
export function validateSignatures(causes: readonly CauseNode[]): GraphProblem[] {
	const problems: GraphProblem[] = [];
	const byKey = new Map<string, { cause: CauseNode; signature: Signature }[]>();
	const keyOfId = new Map<string, { key: string; cause: string }>();
	for (const cause of causes) {
		const idsHere = new Set<string>();
		cause.signatures.forEach((signature, i) => {
			const edge = `signatures[${i}] "${signature.id}"`;
			if (idsHere.has(signature.id)) {
				problems.push({
					node: cause.id,
					edge,
					message: `signature id "${signature.id}" appears twice in this cause: give each signature its own id.`,
				});
			}
			idsHere.add(signature.id);
			if (signature.type === 'output') {
				for (const [field, source] of [
					['pattern', signature.pattern],
					['unless', signature.unless],
				] as const) {
					if (source === undefined) continue;
					const error = regexProblem(source, signature.flags);
					if (error)
						problems.push({
							node: cause.id,
							edge,
							message: `${field} is not a valid regular expression (${error}): fix the regex source (escape backslashes twice in JSON).`,
						});
					const risk = error ? undefined : regexRisk(source, signature.flags);
					if (risk)
						problems.push({
							node: cause.id,
							edge,
							message: `${field} can take quadratic time on a long paste: ${risk}.`,
						});
				}
			}
			const key = signatureKey(signature);
			const earlier = keyOfId.get(signature.id);
			if (earlier && earlier.key !== key) {
				problems.push({
					node: cause.id,
					edge,
					message: `signature id "${signature.id}" is also used by cause "${earlier.cause}" for different evidence: rename one of them.`,
				});
			} else if (!earlier) keyOfId.set(signature.id, { key, cause: cause.id });
			byKey.set(key, [...(byKey.get(key) ?? []), { cause, signature }]);
		});
	}
	for (const entries of byKey.values()) {
		const causeIds = [...new Set(entries.map((e) => e.cause.id))];
		if (causeIds.length < 2) continue;
		for (const { cause, signature } of entries) {
			if (signature.tellApart) continue;
			const others = causeIds
				.filter((id) => id !== cause.id)
				.map((id) => `"${id}"`)
				.join(', ');
			problems.push({
				node: cause.id,
				edge: `signature "${signature.id}"`,
				message: `causes ${others} carry the same evidence: add "tellApart" saying how a person tells these causes apart.`,
			});
		}
	}
	return problems;
}

/**
 * Text that walks a regex as far as it goes: for `^(\d{1,2})([./-])…` the prefixes `1`, `1.`,
 * `1.1`… The linearity test puts long runs after each prefix, which is where a backtracking
 * pattern loses its time (a date followed by 2,000 spaces). Covers the syntax our patterns use:
 * literals, escapes, classes, groups, alternation (first branch), quantifiers (their minimum,
 * at least once) and backreferences; lookarounds are skipped.
 */

const ESCAPES: Readonly<Record<string, string>> = {
	d: '1',
	D: 'a',
	s: ' ',
	S: 'a',
	w: 'a',
	W: ' ',
};

interface Walker {
	readonly source: string;
	at: number;
	readonly groups: string[];
	readonly prefixes: string[];
}

function classSample(body: string): string {
	if (body.startsWith('^')) return /[a ]/.test(body) ? '1' : 'a';
	const first = body[0] === '\\' ? (ESCAPES[body[1]!] ?? body[1]!) : body[0]!;
	return first;
}

/** One atom at `w.at`: its sample text (advances `w.at`). */
function atom(w: Walker, out: string): string {
	const c = w.source[w.at]!;
	if (c === '\\') {
		const e = w.source[w.at + 1]!;
		w.at += 2;
		if (/[1-9]/.test(e)) return w.groups[Number(e) - 1] ?? '';
		if (e === 'b' || e === 'B') return '';
		return ESCAPES[e] ?? e;
	}
	if (c === '[') {
		let end = w.at + 1;
		while (w.source[end] !== ']') end += w.source[end] === '\\' ? 2 : 1;
		const body = w.source.slice(w.at + 1, end);
		w.at = end + 1;
		return classSample(body);
	}
	if (c === '(') {
		const look = /^\(\?<?[=!]/.test(w.source.slice(w.at));
		const capture = !w.source.startsWith('(?', w.at);
		const slot = capture ? w.groups.push('') - 1 : -1;
		w.at += capture ? 1 : w.source[w.at + 2] === '<' ? 4 : 3;
		const inner = sequence(w, out);
		w.at++; // ')'
		if (slot >= 0) w.groups[slot] = inner;
		return look ? '' : inner;
	}
	if (c === '^' || c === '$') {
		w.at++;
		return '';
	}
	w.at++;
	return c === '.' ? 'a' : c;
}

/** A sequence up to `)` or the end; records each prefix; skips the other branches of `|`. */
function sequence(w: Walker, before: string): string {
	let text = '';
	while (w.at < w.source.length && w.source[w.at] !== ')') {
		if (w.source[w.at] === '|') {
			let depth = 0;
			for (; w.at < w.source.length; w.at++) {
				const c = w.source[w.at];
				if (c === '\\') w.at++;
				else if (c === '(') depth++;
				else if (c === ')' && depth-- === 0) break;
			}
			break;
		}
		const literal = !/[\\[(.]/.test(w.source[w.at]!);
		const sample = atom(w, before + text);
		const quantifier = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/.exec(w.source.slice(w.at));
		if (quantifier) w.at += quantifier[0].length;
		const times = Math.max(1, Number(quantifier?.[1] ?? 1));
		text += sample.repeat(times);
		// Long runs hurt after a repetition or a class, not in the middle of a word.
		if (text !== '' && (quantifier || !literal)) w.prefixes.push(before + text);
	}
	return text;
}

/** The prefixes of a sample match, shortest first, without duplicates. */
export function samplePrefixes(source: string): string[] {
	const w: Walker = { source, at: 0, groups: [], prefixes: [] };
	const whole = sequence(w, '');
	return [...new Set([...w.prefixes, whole])].filter((p) => p !== '');
}

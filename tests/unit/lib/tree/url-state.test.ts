import { describe, expect, it } from 'vitest';
import { loadRealGraph } from '../../../support/real-graph.ts';
import { indexTree, toTreeData } from '../../../../src/lib/tree/tree-data.ts';
import { reduce, START, type Move, type Walk } from '../../../../src/lib/tree/walk.ts';
import {
	decodeWalk,
	encodeWalk,
	searchForWalk,
	walkFromSearch,
} from '../../../../src/lib/tree/url-state.ts';
import { currentNode } from '../../../../src/lib/tree/walk.ts';
import { summaryMarkdown } from '../../../../src/lib/tree/summary.ts';
import { trailOf } from '../../../../src/lib/tree/trail.ts';

const tree = indexTree(toTreeData(loadRealGraph()));

/** A deterministic pseudo-random generator, so a failing case can be replayed. */
function rng(seed: number): () => number {
	let s = seed;
	return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function randomWalk(next: () => number): Walk {
	let walk = START;
	const moves: Move[] = ['yes', 'no', 'unsure', 'notFixed'];
	for (let i = 0; i < 40; i++) {
		const move = moves[Math.floor(next() * 4)]!;
		walk = reduce(
			tree,
			walk,
			move === 'notFixed' ? { type: 'notFixed' } : { type: 'answer', answer: move },
		);
		if (next() < 0.05) break;
	}
	return walk;
}

const HOSTILE = [
	'<script>alert(1)</script>',
	'javascript:alert(document.cookie)',
	'"><img src=x onerror=alert(1)>',
	'gateway_n.<svg onload=alert(1)>',
	'gateway_x',
	'gateway_n.port-open_q',
	'no-such-node_y',
	'port-open_y',
	'gateway_n.gateway_n',
	'gateway_n..port-open_y',
	'gateway_n.',
	'.gateway_n',
	'GATEWAY_N',
	'gateway_n'.repeat(500),
	'__proto___y',
	'constructor_y',
	'gateway_y.broker-events_y.o-gateway-broker-db_f.gateway-bypass_y.o-gateway-broker_f'.repeat(30),
	'%3Cscript%3E',
	'\u0000',
	'gateway_n\nport-open_y',
];

describe('URL state', () => {
	it('encodes the start as an empty value and reads it back without a notice', () => {
		expect(encodeWalk(START)).toBe('');
		expect(decodeWalk(tree, null)).toEqual({ type: 'ok', walk: START });
	});

	it('round-trips 1,000 random walks exactly', () => {
		const next = rng(42);
		for (let i = 0; i < 1000; i++) {
			const walk = randomWalk(next);
			expect(decodeWalk(tree, encodeWalk(walk))).toEqual({ type: 'ok', walk });
		}
	});

	it('keeps other query parameters and drops the tree parameter at the start', () => {
		const walk = reduce(tree, START, { type: 'answer', answer: 'no' });
		expect(searchForWalk('?lang=en', walk)).toBe('?lang=en&tree=gateway_n');
		expect(searchForWalk('?tree=gateway_n', START)).toBe('');
		expect(walkFromSearch(tree, '?tree=gateway_n')).toEqual({ type: 'ok', walk });
	});

	it.each(HOSTILE.map((value) => ({ value: JSON.stringify(value).slice(0, 60), raw: value })))(
		'resets $value to the start with a reason',
		({ raw }) => {
			const decoded = decodeWalk(tree, raw);
			expect(decoded.type).toBe('reset');
			expect(decoded.walk).toEqual(START);
		},
	);

	it('survives 2,000 random, hostile and mutated values: no throw, a valid walk, no echo', () => {
		const next = rng(7);
		const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
		// Everything the island shows for a walk: question texts, the fix an outcome offered (as
		// trail.ts words it) and fixed answer labels.
		const graphTexts = new Set(
			tree.data.nodes
				.flatMap((n) => ('text' in n ? [n.text] : []))
				.concat([...tree.causes.values()].map((c) => `Fix for: ${c.title}`)),
		);
		const answers = new Set(['Yes', 'No', 'Not sure', 'Did not fix it']);
		// One character each: every one is a single UTF-16 unit, so split('') keeps them whole.
		const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789_.-<>"\'/=:;&%?#() \u202e\u0000é'.split(
			'',
		);
		const moves = ['y', 'n', 'u', 'f'];
		const ids = tree.data.nodes.map((n) => n.id);
		const walkSteps = () => encodeWalk(randomWalk(next)).split('.').filter(Boolean);
		/** Values built from valid walks, so many decode to non-empty walks and reach the trail. */
		const mutants: (() => string)[] = [
			// truncate at a step boundary, or anywhere
			() => {
				const steps = walkSteps();
				return steps.slice(0, 1 + Math.floor(next() * steps.length)).join('.');
			},
			() => {
				const value = encodeWalk(randomWalk(next));
				return value.slice(0, Math.floor(next() * (value.length + 1)));
			},
			// flip one move letter
			() => {
				const steps = walkSteps();
				const i = Math.floor(next() * steps.length);
				return steps.map((s, j) => (j === i ? s.slice(0, -1) + pick(moves) : s)).join('.');
			},
			// splice the start of one walk onto the end of another
			() => {
				const [a, b] = [walkSteps(), walkSteps()];
				const head = a.slice(0, Math.floor(next() * (a.length + 1)));
				return [...head, ...b.slice(Math.floor(next() * b.length))].join('.');
			},
			// append a move at the node the walk stands on, or at another node
			() => {
				const walk = randomWalk(next);
				const at = next() < 0.8 ? currentNode(tree, walk).id : pick(ids);
				return [encodeWalk(walk), `${at}_${pick(moves)}`].filter(Boolean).join('.');
			},
		];
		const hostile: (() => string)[] = [
			() => Array.from({ length: Math.floor(next() * 80) }, () => pick(alphabet)).join(''),
			() =>
				Array.from(
					{ length: 1 + Math.floor(next() * 6) },
					() => `${pick(ids)}_${pick([...moves, 'x'])}`,
				).join('.'),
			() => pick(HOSTILE) + encodeWalk(randomWalk(next)),
			() =>
				encodeWalk(randomWalk(next)).replace(/[a-z]/, (c) =>
					next() < 0.5 ? c.toUpperCase() : '<',
				),
		];
		const makers = [...mutants, ...hostile];
		let trails = 0;
		for (let i = 0; i < 2000; i++) {
			const value = makers[i % makers.length]!();
			const decode = () => walkFromSearch(tree, `?tree=${encodeURIComponent(value)}`);
			expect(decode).not.toThrow();
			const { walk } = decode();
			const node = currentNode(tree, walk);
			expect(tree.nodes.get(node.id)).toBe(node);
			const trail = trailOf(tree, walk);
			expect(trail).toHaveLength(walk.steps.length);
			if (trail.length > 0) trails++;
			for (const entry of trail) {
				expect(graphTexts.has(entry.label), entry.label).toBe(true);
				expect(answers.has(entry.answer), entry.answer).toBe(true);
			}
			const md = summaryMarkdown(tree, walk, { guide: (g) => g, walk: 'w' });
			expect(md).not.toMatch(/<script|onerror|javascript:/i);
		}
		// 442 of 2,000 with this seed. Without the mutants no value decoded to a non-empty walk and
		// the trail checks above never ran.
		expect(trails).toBeGreaterThanOrEqual(300);
	}, 30_000); // under 1 s alone; a busy 2-core machine takes several
});

import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../../src/schemas/graph.ts';
import {
	breadthFirst,
	cheapestFrom,
	edgesOf,
	follow,
	reachableFrom,
	stepsTo,
	target,
} from '../../../../src/lib/graph/traverse.ts';

// q1 -yes-> q2 -yes-> o1 (notFixed -> none); q1 -no-> o1; q1 -unsure-> q2; q2 -no/unsure-> none
const q = (id: string, yes: string, no: string, unsure: string) =>
	({ type: 'question', id, text: id, yes, no, unsure }) as unknown as GraphNode;
const NODES: GraphNode[] = [
	q('q1', 'q2', 'o1', 'q2'),
	q('q2', 'o1', 'none', 'none'),
	{
		type: 'outcome',
		id: 'o1',
		cause: 'c1',
		finding: 'f',
		notFixed: 'none',
	} as unknown as GraphNode,
	{ type: 'unmatched', id: 'none' } as unknown as GraphNode,
	{ type: 'cause', id: 'c1' } as unknown as GraphNode,
	q('island', 'q1', 'q1', 'q1'),
];
const nodes = new Map(NODES.map((n) => [n.id, n]));
const node = (id: string) => nodes.get(id)!;

describe('the successor rule', () => {
	it('leads a question by its answers and an outcome by "not fixed", nothing else', () => {
		expect(target(node('q1'), 'no')).toBe('o1');
		expect(target(node('q1'), 'notFixed')).toBeUndefined();
		expect(target(node('o1'), 'notFixed')).toBe('none');
		expect(target(node('o1'), 'yes')).toBeUndefined();
		expect(target(node('none'), 'yes')).toBeUndefined();
		expect(target(node('c1'), 'notFixed')).toBeUndefined();
	});

	it('ignores an empty answer of an unvalidated question', () => {
		expect(edgesOf(q('x', '', 'o1', ''), true)).toEqual([{ name: 'no', to: 'o1' }]);
	});

	it('lists edges as yes, no, unsure, then "not fixed" only when asked', () => {
		expect(edgesOf(node('q1'), true).map((e) => e.name)).toEqual(['yes', 'no', 'unsure']);
		expect(edgesOf(node('o1'), false)).toEqual([]);
		expect(edgesOf(node('o1'), true)).toEqual([{ name: 'notFixed', to: 'none' }]);
	});
});

describe('the searches', () => {
	it('reaches nodes breadth first, each by its first step', () => {
		const via = breadthFirst(nodes, 'q1', true);
		expect([...via.keys()]).toEqual(['q1', 'q2', 'o1', 'none']);
		expect(via.get('o1')).toEqual({ at: 'q1', move: 'no' });
		expect(stepsTo(via, 'none')).toEqual([
			{ at: 'q1', move: 'yes' },
			{ at: 'q2', move: 'no' },
		]);
		expect(breadthFirst(nodes, 'missing', true).size).toBe(0);
	});

	it('keeps "not fixed" edges out of reach unless asked', () => {
		expect(reachableFrom(nodes, 'o1', false)).toEqual(new Set(['o1']));
		expect(reachableFrom(nodes, 'o1', true)).toEqual(new Set(['o1', 'none']));
		expect(reachableFrom(nodes, 'q1', true).has('island')).toBe(false);
	});

	it('finds the cheapest walk by the price of each move', () => {
		const dearNo = cheapestFrom(nodes, 'q1', (move) => (move === 'no' ? 10 : 1));
		expect(stepsTo(dearNo, 'o1')).toEqual([
			{ at: 'q1', move: 'yes' },
			{ at: 'q2', move: 'yes' },
		]);
		const cheapNo = cheapestFrom(nodes, 'q1', () => 1);
		expect(stepsTo(cheapNo, 'o1')).toEqual([{ at: 'q1', move: 'no' }]);
		expect([...cheapNo.keys()].sort()).toEqual(['none', 'o1', 'q1', 'q2']);
	});
});

describe('the plain walk', () => {
	it('takes the chosen move until none is chosen', () => {
		expect(follow(nodes, 'q1', (n) => (n.type === 'question' ? 'yes' : undefined))).toEqual([
			{ at: 'q1', move: 'yes', to: 'q2' },
			{ at: 'q2', move: 'yes', to: 'o1' },
		]);
	});

	it('stops where a move does not apply, at a missing node and at a repeat', () => {
		expect(follow(nodes, 'o1', () => 'yes')).toEqual([]);
		const loop = new Map([
			['a', q('a', 'b', 'gone', 'a')],
			['b', q('b', 'a', 'a', 'a')],
		]);
		expect(follow(loop, 'a', () => 'yes').map((s) => s.at)).toEqual(['a', 'b']);
		expect(follow(loop, 'a', () => 'no')).toEqual([{ at: 'a', move: 'no', to: 'gone' }]);
	});
});

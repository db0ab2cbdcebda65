import { describe, expect, it } from 'vitest';
import { homeTreeIds, loadRealGraph } from '../../../support/real-graph.ts';
import { indexTree, toTreeData } from '../../../../src/lib/tree/tree-data.ts';
import {
	walkTo,
	currentNode,
	reduce,
	START,
	type TreeAction,
	type Walk,
} from '../../../../src/lib/tree/walk.ts';
import { progressOf, progressText } from '../../../../src/lib/tree/progress.ts';
import { trailOf } from '../../../../src/lib/tree/trail.ts';
import { summaryMarkdown } from '../../../../src/lib/tree/summary.ts';

const tree = indexTree(toTreeData(loadRealGraph()));
const play = (...actions: TreeAction[]): Walk =>
	actions.reduce((w, a) => reduce(tree, w, a), START);
const yes = { type: 'answer', answer: 'yes' } as const;
const no = { type: 'answer', answer: 'no' } as const;
const unsure = { type: 'answer', answer: 'unsure' } as const;

describe('tree transitions', () => {
	it.each([
		{ name: 'starts at the gateway question', actions: [], at: 'gateway' },
		{ name: 'a direct connection goes to the port test', actions: [no], at: 'port-open' },
		{
			name: 'a closed port and a failing IP test lead to the listener check',
			actions: [no, no, no],
			at: 'listener-up',
		},
		{
			name: 'no listener ends at the listener outcome',
			actions: [no, no, no, no],
			at: 'o-listener',
		},
		{
			name: '"not fixed" after the listener goes on to the Azure question',
			actions: [no, no, no, no, { type: 'notFixed' }],
			at: 'azure-host',
		},
		{ name: 'back undoes the last answer', actions: [no, yes, { type: 'back' }], at: 'port-open' },
		{ name: 'back at the start stays at the start', actions: [{ type: 'back' }], at: 'gateway' },
		{
			name: 'rewinding to step 1 brings back the second question',
			actions: [no, yes, no, { type: 'rewind', toStep: 1 }],
			at: 'port-open',
		},
		{
			name: 'a rewind beyond the walk changes nothing',
			actions: [no, { type: 'rewind', toStep: 5 }],
			at: 'port-open',
		},
		{
			name: 'restart returns to the start',
			actions: [no, yes, { type: 'restart' }],
			at: 'gateway',
		},
		{
			name: 'an answer at an outcome changes nothing',
			actions: [no, no, no, no, yes],
			at: 'o-listener',
		},
		{
			name: '"not fixed" at a question changes nothing',
			actions: [{ type: 'notFixed' }],
			at: 'gateway',
		},
		{
			name: 'unsure on the port test goes to the host',
			actions: [unsure, unsure],
			at: 'listener-up',
		},
	] as { name: string; actions: TreeAction[]; at: string }[])('$name', ({ actions, at }) => {
		expect(currentNode(tree, play(...actions)).id).toBe(at);
	});

	it('changing an earlier answer drops the answers after it', () => {
		const walk = play(no, yes, no, { type: 'rewind', toStep: 1 }, no);
		expect(walk.steps.map((s) => `${s.at}:${s.move}`)).toEqual(['gateway:no', 'port-open:no']);
		expect(currentNode(tree, walk).id).toBe('by-ip');
	});
});

describe('progress, trail and summary', () => {
	it('counts the question on screen and the most questions left', () => {
		expect(progressOf(tree, START)).toEqual({
			questionNumber: 1,
			questionsLeft: tree.data.questionsLeft['gateway'],
		});
		expect(progressOf(tree, play(no))).toMatchObject({ questionNumber: 2 });
		expect(progressOf(tree, play(no, no, no, no))).toEqual({ questionNumber: 4, questionsLeft: 0 });
	});

	it('words the hint for a question, the last question and a leaf', () => {
		expect(progressText({ questionNumber: 3, questionsLeft: 6 })).toBe(
			'Question 3 · at most 5 more',
		);
		expect(progressText({ questionNumber: 2, questionsLeft: 1 })).toBe(
			'Question 2 · the last one on this path',
		);
		expect(progressText({ questionNumber: 4, questionsLeft: 0 })).toBe('Answered 4 questions');
	});

	it('lists each answer in the trail, and a "not fixed" that cannot be changed', () => {
		const trail = trailOf(tree, play(no, no, no, no, { type: 'notFixed' }));
		expect(trail.map((t) => t.answer)).toEqual(['No', 'No', 'No', 'No', 'Did not fix it']);
		expect(trail[4]).toMatchObject({
			label: 'Fix for: RDP listener or Remote Desktop Services not running',
			changeable: false,
		});
	});

	it('writes a Markdown summary with questions, answers, cause, guide and link', () => {
		const md = summaryMarkdown(tree, play(no, no, no, no), {
			guide: (g) => `https://x.test/${g}/`,
			walk: 'https://x.test/?tree=a',
		});
		expect(md).toContain(
			'1. Does your connection go through an RD Gateway or a Connection Broker? **No**',
		);
		expect(md).toContain('**Likely cause:** RDP listener or Remote Desktop Services not running');
		expect(md).toContain('**Guide:** https://x.test/guides/listener/');
		expect(md).toContain('**These answers:** https://x.test/?tree=a');
	});

	it('lists the evidence to collect when no cause matched', () => {
		const md = summaryMarkdown(tree, play(no, unsure, unsure, no), { guide: (g) => g, walk: 'w' });
		expect(md).toContain('**Result:** no known cause matched.');
		expect(md).toContain('`qwinsta`');
		const leaf = currentNode(tree, play(no, unsure, unsure, no));
		if (leaf.type !== 'unmatched') throw new Error(`expected the unmatched leaf, got ${leaf.id}`);
		expect(md).toContain('Where to get help:');
		for (const place of leaf.help) expect(md).toContain(`- [${place.title}](${place.url})`);
	});
});

describe('walkTo', () => {
	it('finds the shortest walk to every step node, and the walk really leads there', () => {
		const home = homeTreeIds(loadRealGraph());
		for (const node of tree.data.nodes.filter((n) => home.has(n.id))) {
			const walk = walkTo(tree, node.id);
			expect(walk, node.id).toBeDefined();
			expect(currentNode(tree, walk!).id).toBe(node.id);
		}
	});

	it('reaches the listener outcome in three answers, through "not sure" on the port test', () => {
		expect(walkTo(tree, 'o-listener')?.steps.map((s) => s.move)).toEqual(['no', 'unsure', 'no']);
	});

	it('returns undefined for an id that is not in the tree', () => {
		expect(walkTo(tree, 'no-such-node')).toBeUndefined();
	});
});

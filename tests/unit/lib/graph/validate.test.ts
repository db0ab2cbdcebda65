import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGraphFiles, loadGraphFiles } from '../../../../src/lib/graph/check-files.ts';
import { formatProblems } from '../../../../src/lib/graph/problem.ts';

const DOC_IDS = new Set(['guides/c-a', 'guides/c-b', 'guides/c-c']);
const fixture = (name: string): unknown =>
	JSON.parse(readFileSync(`tests/fixtures/graph/${name}.json`, 'utf8'));
/** A fixture as the one graph file the build would load. */
const check = (name: string) =>
	checkGraphFiles([{ id: `${name}.json`, data: fixture(name) }], DOC_IDS, { maxDepth: 2 });

/** Each broken fixture, the node and edge its problem must name, and the words of the fix. */
const BROKEN: { file: string; node: string; edge?: string; message: RegExp }[] = [
	{ file: 'duplicate-id', node: 'q2', message: /used by more than one node/ },
	{ file: 'missing-start', node: '(graph)', edge: 'start', message: /no file declares "start"/ },
	{ file: 'start-not-found', node: 'q0', edge: 'start', message: /start node "q0" does not exist/ },
	{
		file: 'edge-to-missing-node',
		node: 'q2',
		edge: 'yes -> "o-c"',
		message: /no node has the id "o-c"/,
	},
	{
		file: 'edge-to-cause',
		node: 'q2',
		edge: 'unsure -> "c-b"',
		message: /is a cause; point at an outcome/,
	},
	{
		file: 'missing-guide',
		node: 'c-missing',
		edge: 'guide',
		message: /guide page "guides\/c-missing" does not exist/,
	},
	{ file: 'guide-not-slug', node: 'c-b', edge: 'guide', message: /the cause id is the guide slug/ },
	{ file: 'missing-answer', node: 'q2', edge: 'no', message: /has no "no" answer/ },
	{
		file: 'unreachable-node',
		node: 'q-orphan',
		message: /no path from the start "q1" or from an error.s start reaches this question/,
	},
	{ file: 'answer-cycle', node: 'q1', message: /answers form a cycle q1 -> q2 -> q1/ },
	{
		file: 'not-fixed-backward',
		node: 'o-a',
		edge: 'notFixed',
		message: /notFixed must point forward/,
	},
	{ file: 'cause-unreached', node: 'c-c', message: /no reachable outcome names this cause/ },
	{
		file: 'too-deep',
		node: 'q1',
		message: /asks 3 questions \(q1 -> q2 -> q3\), more than the bound of 2/,
	},
	{
		file: 'bad-regex',
		node: 'c-a',
		edge: 'signatures[1] "broken"',
		message: /pattern is not a valid regular expression/,
	},
	{
		file: 'shared-signature',
		node: 'c-a',
		edge: 'signature "c-a-sig"',
		message: /causes "c-b" carry the same evidence: add "tellApart"/,
	},
	{
		file: 'signature-id-reused',
		node: 'c-b',
		edge: 'signatures[1] "c-a-sig"',
		message: /also used by cause "c-a" for different evidence/,
	},
];

describe('validateGraph on fixtures', () => {
	it('accepts the valid fixture with no problem', () => {
		expect(check('valid').problems).toEqual([]);
	});

	it.each(BROKEN)(
		'rejects $file, naming node "$node" and saying how to fix it',
		({ file, node, edge, message }) => {
			const { problems } = check(file);
			const match = problems.find(
				(p) => p.node === node && p.edge === edge && message.test(p.message),
			);
			expect(match, formatProblems(problems)).toBeDefined();
		},
	);

	it('gives every broken fixture a message of its own', () => {
		const first = BROKEN.map(({ file }) => check(file).problems[0]?.message);
		expect(new Set(first).size).toBe(BROKEN.length);
	});

	it('fails the way the build fails: throws with every problem naming node and edge', () => {
		const files = [{ id: 'questions.json', data: fixture('missing-answer') }];
		expect(() => loadGraphFiles(files, DOC_IDS, { maxDepth: 2 })).toThrow(
			/has 1 problem\(s\):\n- node "q2", no: the question has no "no" answer/,
		);
		const valid = loadGraphFiles([{ id: 'all.json', data: fixture('valid') }], DOC_IDS, {
			maxDepth: 2,
		});
		expect(valid.start).toBe('q1');
	});

	it('names the file for a problem outside any node, and a node without an id by its place', () => {
		const { problems } = checkGraphFiles(
			[{ id: 'questions.json', data: { start: 'Not An Id', nodes: [{ type: 'question' }] } }],
			DOC_IDS,
		);
		expect(problems.map((p) => `${p.node} | ${p.edge}`)).toEqual(
			expect.arrayContaining(['(questions.json) | start', 'questions.json: nodes[0] | id']),
		);
	});

	it('merges several files and reports a start declared twice', () => {
		const valid = fixture('valid') as { start: string; nodes: unknown[] };
		const { problems } = checkGraphFiles(
			[
				{ id: 'a.json', data: { start: valid.start, nodes: valid.nodes.slice(0, 2) } },
				{ id: 'b.json', data: { start: valid.start, nodes: valid.nodes.slice(2) } },
			],
			DOC_IDS,
			{ maxDepth: 2 },
		);
		expect(formatProblems(problems)).toMatch(/"start" is declared in "a.json" and "b.json"/);
	});

	it('formats problems one per line with node and edge', () => {
		expect(formatProblems([{ node: 'q2', edge: 'yes -> "x"', message: 'fix it.' }])).toBe(
			'- node "q2", yes -> "x": fix it.',
		);
	});
});

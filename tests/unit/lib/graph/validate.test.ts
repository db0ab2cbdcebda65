import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGraphJson } from '../../../../src/lib/graph/check-json.ts';
import { formatProblems } from '../../../../src/lib/graph/problem.ts';

const DOC_IDS = new Set(['guides/c-a', 'guides/c-b', 'guides/c-c']);
const fixture = (name: string): unknown =>
	JSON.parse(readFileSync(`tests/fixtures/graph/${name}.json`, 'utf8'));

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
		message: /no path from the start "q1" reaches this question/,
	},
	{ file: 'answer-cycle', node: 'q1', message: /answers form a cycle q1 -> q2 -> q1/ },
	{
		file: 'not-fixed-backward',
		node: 'q1',
		edge: 'notFixed',
		message: /notFixed must point forward/,
	},
	{ file: 'cause-unreached', node: 'c-c', message: /no reachable outcome names this cause/ },
	{ file: 'too-deep', node: 'q1', message: /asks 3 questions, more than the bound of 2/ },
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
		expect(checkGraphJson(fixture('valid'), DOC_IDS, { maxDepth: 2 }).problems).toEqual([]);
	});

	it.each(BROKEN)(
		'rejects $file, naming node "$node" and saying how to fix it',
		({ file, node, edge, message }) => {
			const { problems } = checkGraphJson(fixture(file), DOC_IDS, { maxDepth: 2 });
			const match = problems.find(
				(p) => p.node === node && p.edge === edge && message.test(p.message),
			);
			expect(match, formatProblems(problems)).toBeDefined();
		},
	);

	it('gives every broken fixture a message of its own', () => {
		const first = BROKEN.map(
			({ file }) => checkGraphJson(fixture(file), DOC_IDS, { maxDepth: 2 }).problems[0]?.message,
		);
		expect(new Set(first).size).toBe(BROKEN.length);
	});

	it('formats problems one per line with node and edge', () => {
		expect(formatProblems([{ node: 'q2', edge: 'yes -> "x"', message: 'fix it.' }])).toBe(
			'- node "q2", yes -> "x": fix it.',
		);
	});
});

import { describe, expect, it } from 'vitest';
import { regexRisk, validateSignatures } from '../../../../src/lib/graph/validate-signatures.ts';
import type { CauseNode } from '../../../../src/schemas/graph.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';

describe('patterns that can take quadratic time', () => {
	it.each([
		{ source: '(a+)+$', flags: 'i' },
		{ source: '(?:\\s*x)*y', flags: 'i' },
		{ source: '((ab)*c)+', flags: '' },
		{ source: '(\\d{1,3}\\.?){4}', flags: '' },
		{ source: '^\\s*NotAfter', flags: 'im' },
		{ source: 'a|^\\s+b', flags: 'm' },
	])('rejects $source with flags "$flags"', ({ source, flags }) => {
		expect(regexRisk(source, flags)).toBeDefined();
	});

	it.each([
		{ source: '^[ \\t]*NotAfter[ \\t]*:[ \\t]*(\\S.*)$', flags: 'im' },
		{ source: '^\\s*NotAfter', flags: 'i' },
		{ source: 'secure channel between .{1,200}? is broken', flags: 'im' },
		{ source: '(a+)b', flags: '' },
		{ source: '[(a+)]+', flags: '' },
		{ source: '\\(a+\\)+', flags: '' },
		{ source: '(ab)?c*', flags: '' },
	])('accepts $source with flags "$flags"', ({ source, flags }) => {
		expect(regexRisk(source, flags)).toBeUndefined();
	});

	it('reports a risky signature pattern of a cause, naming the signature', () => {
		const cause = loadRealGraph().nodes.find(
			(n): n is CauseNode => n.type === 'cause' && n.id === 'listener',
		)!;
		const broken: CauseNode = {
			...cause,
			signatures: cause.signatures.map((s) =>
				s.type === 'output' && s.unless !== undefined ? { ...s, unless: '^\\s*rdp-tcp' } : s,
			),
		};
		expect(validateSignatures([cause])).toEqual([]);
		expect(validateSignatures([broken])).toEqual([
			expect.objectContaining({
				node: 'listener',
				message: expect.stringContaining('unless can take quadratic time') as unknown,
			}),
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { diagnoseDataOf } from '../../../../src/lib/diagnose/bundle.ts';
import { diagnose, indexDiagnoseData } from '../../../../src/lib/diagnose/diagnose.ts';
import { headingOf, shownCode } from '../../../../src/lib/diagnose/heading.ts';
import { treeBundle } from '../../../../src/lib/tree/tree-bundle.ts';
import { NOW } from '../../../support/diagnose-index.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';
import { index as codeIndex } from '../codes/data.ts';

const index = indexDiagnoseData({
	...diagnoseDataOf(treeBundle(loadRealGraph())),
	codes: codeIndex,
});
const run = (text: string) => diagnose(text, index, NOW);

describe('the heading of the results', () => {
	// https://github.com/GoogleCloudPlatform/iap-desktop/issues/1543 and
	// https://github.com/FreeRDP/FreeRDP/issues/7769: one cause, not clearly ahead.
	it.each([
		[
			'the Windows App licensing dialog',
			"We couldn't connect to the remote PC because of a licensing error. If this keeps happening, contact your network administrator for assistance.\nError code: 0x101",
		],
		[
			'the Schannel 36874 message',
			'An unknown connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server. The TLS connection request has failed.',
		],
	])('says "Possibly" and never "Several causes fit" when one cause is listed: %s', (_, text) => {
		const d = run(text);
		expect(d.candidates).toHaveLength(1);
		expect(d.clear).toBe(false);
		expect(headingOf(d)).toBe(`Possibly: ${d.candidates[0]?.cause.title}`);
	});

	it('says "Several causes fit" only when several are listed', () => {
		const d = run('Because of a protocol error detected at the client (code 0x1104).');
		expect(d.candidates.length).toBeGreaterThan(1);
		expect(headingOf(d)).toBe('Several causes fit');
		// The code stays listed with its page; the candidates lead.
		expect(d.codeFacts.map((c) => c.id)).toContain('reported/0x1104');
		expect(shownCode(d)).toBeUndefined();
	});

	it('names the code a paste shows when it names no error, in the tables or not', () => {
		const d = run(
			'Because of a protocol error, this session will be disconnected.\nError code: 0xd06\nExtended error code: 0x0',
		);
		expect(d.errors).toEqual([]);
		expect(shownCode(d)?.id).toBe('not-in-tables/0xd06');
		expect(headingOf(d)).toBe('The text shows error code 0xd06');
	});

	it('lists a code in no table only when its value is certain', () => {
		// mRemoteNG's "Error code 2824" (https://github.com/mRemoteNG/mRemoteNG/issues/54): hex or decimal?
		expect(
			run('RDP disconnected!\n\nAn internal error has occurred.\nError code 2824.').codeFacts,
		).toEqual([]);
		expect(run('Error code: 0x3000008').codeFacts.map((c) => [c.id, c.label])).toEqual([
			['not-in-tables/0x3000008', 'Error code'],
		]);
	});

	it('names the error when the paste shows one, and 0x904 as the home page error', () => {
		expect(headingOf(run('An internal error has occurred.'))).toBe(
			'This is An internal error has occurred',
		);
		expect(headingOf(run('Error code: 0x904\nExtended error code: 0x7'))).toBe(
			'This is error 0x904 with extended 0x7',
		);
	});
});

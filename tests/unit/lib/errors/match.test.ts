import { describe, expect, it } from 'vitest';
import type { ErrorSummary } from '../../../../src/lib/errors/errors.ts';
import { matchErrors } from '../../../../src/lib/errors/match.ts';
import { diagnoseDataOf } from '../../../../src/lib/diagnose/bundle.ts';
import { diagnose, indexDiagnoseData } from '../../../../src/lib/diagnose/diagnose.ts';
import { orderedErrors } from '../../../../src/lib/errors/errors.ts';
import { treeBundle } from '../../../../src/lib/tree/tree-bundle.ts';
import { NOW } from '../../../support/diagnose-index.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';
import { index as codeIndex } from '../codes/data.ts';

const summary = (id: string, codes: string[], sentences: string[]): ErrorSummary => ({
	id,
	title: id,
	start: 'q',
	codes,
	sentences,
	causes: ['certificate'],
});
const pair = summary(
	'error-0x904-0x7',
	['disconnect/0x904', 'extended/0x7'],
	['cannot-connect-generic'],
);
const reach = summary(
	'error-0x204',
	['disconnect/0x204'],
	['cannot-connect-generic', 'cannot-connect-prefix'],
);
const oracle = summary('error-credssp-oracle', [], ['credssp-oracle']);
const errors = [pair, reach, oracle];
const ids = (codes: string[], sentences: string[]) =>
	matchErrors(errors, codes, sentences).map((m) => m.error.id);

describe('matchErrors', () => {
	it('names the error whose code the text shows, above one that only shares its sentence', () => {
		expect(ids(['disconnect/0x204'], ['cannot-connect-generic'])).toEqual([
			'error-0x204',
			'error-0x904-0x7',
		]);
	});

	it('names an error from its sentence alone', () => {
		expect(ids([], ['credssp-oracle'])).toEqual(['error-credssp-oracle']);
	});

	it('prefers the error whose codes are all there', () => {
		const both = summary('error-0x904-alone', ['disconnect/0x904'], []);
		const found = matchErrors([both, pair], ['disconnect/0x904', 'extended/0x7'], []);
		expect(found.map((m) => m.error.id)).toEqual(['error-0x904-0x7', 'error-0x904-alone']);
		expect(found[0]?.codes).toEqual(['disconnect/0x904', 'extended/0x7']);
	});

	it('puts a sentence that says why above generic ones another error shares', () => {
		const gateway = summary('error-rd-gateway', [], ['gateway-permission-list']);
		const found = matchErrors(
			[reach, gateway],
			[],
			['cannot-connect-prefix', 'gateway-permission-list'],
			{ generic: new Set(['cannot-connect-prefix']) },
		);
		expect(found.map((m) => m.error.id)).toEqual(['error-rd-gateway', 'error-0x204']);
	});

	it('leaves out an error found by generic sentences alone when the text shows another code', () => {
		const graphics = summary('error-0x112f', ['errorinfo/0x112f'], ['protocol-error']);
		const generic = new Set(['protocol-error']);
		const named = (codes: string[], codeShown: boolean) =>
			matchErrors([graphics], codes, ['protocol-error'], { generic, codeShown }).map(
				(m) => m.error.id,
			);
		expect(named(['not-in-tables/0xd06'], true)).toEqual([]);
		expect(named(['errorinfo/0x112f'], true)).toEqual(['error-0x112f']);
		expect(named([], false)).toEqual(['error-0x112f']);
	});

	it('returns nothing when no code or sentence of an error is found', () => {
		expect(ids(['disconnect/0x3'], ['internal-error'])).toEqual([]);
	});
});

describe('the paste names the error it shows (real graph, code tables and recognizer)', () => {
	const graph = loadRealGraph();
	const index = indexDiagnoseData({ ...diagnoseDataOf(treeBundle(graph)), codes: codeIndex });
	const findable = orderedErrors(graph.nodes, graph.start).filter(
		(e) => e.codes.length + e.sentences.length > 0,
	);

	it('reads "This is error 0x904 with extended 0x7" from the dialog as the home page error', () => {
		const d = diagnose(
			"This computer can't connect to the remote computer.\nError code: 0x904\nExtended error code: 0x7",
			index,
			NOW,
		);
		expect(d.errors[0]?.error.id).toBe('error-0x904-0x7');
		expect(d.errors[0]?.codes).toEqual(['disconnect/0x904', 'extended/0x7']);
	});

	const named = (text: string) => diagnose(text, index, NOW).errors[0]?.error.id;

	it("names the RD Gateway, not 0x204, for the permission-list dialog that opens like 0x204's", () => {
		const dialog =
			'Remote Desktop can\'t connect to the remote computer "10.0.0.10" for one of these reasons:\n\n1) Your user account is not listed in the RD Gateway\'s permission list\n2) You might have specified the remote computer in NetBIOS format';
		expect(named(dialog)).toBe('error-rd-gateway');
	});

	it.each([
		[
			'Error code: 0xd06',
			'Because of a protocol error, this session will be disconnected.\nError code: 0xd06\nExtended error code: 0x0',
		],
		[
			'mRemoteNG 3334 (0xd06)',
			'RDP disconnected!\n3334 Because of a protocol error, this session will be disconnected.',
		],
		[
			'no code',
			'Your session ended because of a protocol error. If this keeps happening, ask your admin or tech support for help.',
		],
	])('names no 0x112f error for a protocol error with %s', (_, text) => {
		expect(named(text)).toBeUndefined();
	});

	it.each([
		['Because of a protocol error (code: 0x112f), the remote session will be disconnected.'],
		['[ERROR][com.freerdp.core] - ERRINFO_GRAPHICSSUBSYSTEMFAILED (0x0000112F)'],
	])('names the 0x112f error when 0x112f is the code: %j', (text) => {
		expect(named(text)).toBe('error-0x112f');
	});

	it('names the 0x1104 error, not 0x112f, for the protocol error detected at the client', () => {
		const text =
			'Because of a protocol error detected at the client (code 0x1104), this session will be disconnected.';
		expect(named(text)).toBe('error-0x1104');
	});

	it.each([
		[
			"We couldn't connect because there are currently no available resources.\nError code: 0x3000046",
		],
		[
			'An error occurred while accessing this resource. Retry the connection or contact your system administrator.',
		],
		['Error code: 0x3000047\nExtended error code: 0x0'],
	])('names the Azure Virtual Desktop error for its dialogs and codes: %j', (text) => {
		expect(named(text)).toBe('error-0x3000046');
	});

	it("names the RD Gateway from the gateway's error name in a FreeRDP log", () => {
		const log =
			'[ERROR][com.freerdp.core.gateway.rdg] - channel response errorCode=E_PROXY_TS_CONNECTFAILED, fieldsPresent= [0000]\nERRCONNECT_SECURITY_NEGO_CONNECT_FAILED [0x0002000C]';
		expect(named(log)).toBe('error-rd-gateway');
	});

	it.each(findable.map((e) => [e.id, e] as const))(
		'finds %s in its own dialog texts',
		(_, error) => {
			const d = diagnose(error.dialogs.join('\n'), index, NOW);
			expect(d.errors.map((m) => m.error.id)).toContain(error.id);
		},
	);
});

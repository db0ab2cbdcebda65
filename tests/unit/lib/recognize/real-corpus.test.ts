import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusIndex, scoreCorpus } from '../../../../bench/tasks/corpus.mjs';
import { diagnose } from '../../../../src/lib/diagnose/diagnose.ts';
import { NOW } from '../../../support/diagnose-index.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';

interface Entry {
	id: string;
	source: string;
	language: string;
	client?: string;
	expectedCause: string;
	threadCause?: string;
	expectCandidates?: string[];
	expectCodes?: string[];
	/** The error the paste must name first (an error node id), or `none`; unchecked when absent. */
	expectError?: string;
	notes: string;
}

const DIR = 'tests/fixtures/corpus';
const entries = JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8')) as Entry[];
const graph = loadRealGraph();
const causes = graph.nodes.filter((n) => n.type === 'cause').map((n) => n.id);
const errorIds = graph.nodes.filter((n) => n.type === 'error').map((n) => n.id);
/** What bench/tasks/corpus.mjs reports per entry (the module is plain JavaScript). */
interface Row {
	id: string;
	expected: string;
	got: string | null;
	correct: boolean;
	wrongStrong: boolean;
	missingCandidates: string[];
	missingCodes: string[];
	error: string;
	wrongError: boolean;
	client: string | null;
}

const index = corpusIndex(process.cwd());
const score = scoreCorpus(process.cwd(), index) as { rows: Row[]; accuracy: number };
const paste = (id: string): string => readFileSync(`${DIR}/${id}.txt`, 'utf8');

describe('the corpus of real pastes', () => {
	it('holds at least 60 labelled entries, one file each, and no file without an entry', () => {
		expect(entries.length).toBeGreaterThanOrEqual(60);
		const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
		expect(files.sort()).toEqual(entries.map((e) => `${e.id}.txt`).sort());
	});

	it.each(entries)('$id names its source, language and a known cause or none', (entry) => {
		expect(entry.source).toMatch(/^https:\/\//);
		expect(entry.language).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
		expect(['none', ...causes]).toContain(entry.expectedCause);
		if (entry.threadCause) expect(causes).toContain(entry.threadCause);
		if (entry.expectError) expect(['none', ...errorIds]).toContain(entry.expectError);
		expect(entry.notes.length).toBeGreaterThan(10);
		expect(existsSync(`${DIR}/${entry.id}.txt`)).toBe(true);
	});

	it('covers several display languages and clients', () => {
		const languages = new Set(entries.map((e) => e.language));
		for (const l of ['en', 'de', 'ja', 'ru', 'zh-CN']) expect(languages).toContain(l);
		const clients = new Set(entries.map((e) => e.client));
		for (const c of ['mstsc', 'freerdp', 'remmina', 'mremoteng', 'windows-app-macos'])
			expect(clients).toContain(c);
	});

	it('is anonymised: no private addresses or e-mail addresses remain', () => {
		for (const e of entries) {
			const text = paste(e.id);
			expect(text, e.id).not.toMatch(
				/\b(?:10|172\.(?:1[6-9]|2\d|3[01])|192\.168)\.\d{1,3}\.\d{1,3}\b/,
			);
			expect(text, e.id).not.toMatch(/[\w.-]+@[\w-]+\.[\w.]+/);
		}
	});
});

describe('the diagnosis of the corpus', () => {
	it('ranks the established cause first in at least 90% of the entries', () => {
		expect(score.accuracy).toBeGreaterThanOrEqual(0.9);
	});

	it('never gives a wrong cause with strong confidence or as the clear winner', () => {
		expect(score.rows.filter((r) => r.wrongStrong).map((r) => r.id)).toEqual([]);
	});

	it.each(score.rows)('$id: expected $expected, got $got', (row) => {
		expect(row.missingCandidates).toEqual([]);
		expect(row.missingCodes).toEqual([]);
		expect(row.wrongError, `names ${row.error}`).toBe(false);
	});

	it('checks the error named for the gateway and protocol-error entries', () => {
		const checked = entries.filter((e) => e.expectError !== undefined).map((e) => e.id);
		for (const id of ['awsqs-12-gateway-permission', 'xrdp-3571-protocol-0xd06'])
			expect(checked).toContain(id);
	});

	// Remmina prints FreeRDP's own log lines: without a Remmina mark, FreeRDP is the right reading.
	const fits = (label: string, got: string | null): boolean =>
		got === null || got === label || (label === 'remmina' && got === 'freerdp');

	it('names the client only when the text shows it, and never a wrong one', () => {
		const labelled = entries.filter((e) => e.client !== undefined);
		const got = new Map(score.rows.map((r) => [r.id, r.client]));
		const wrong = labelled.filter((e) => !fits(e.client!, got.get(e.id) ?? null));
		expect(wrong.map((e) => `${e.id}: ${got.get(e.id)}`)).toEqual([]);
		const named = labelled.filter((e) => got.get(e.id) !== null).length;
		expect(named / labelled.length).toBeGreaterThanOrEqual(0.75);
	});
});

describe('the examples of issue 12', () => {
	const run = (id: string) => diagnose(paste(id), index, NOW);
	const ids = (id: string) => run(id).candidates.map((c) => c.cause.id);

	it('0x204 / 0x0: network path and listener, and a link to the 0x204 page', () => {
		const d = run('issue-0x204-pair');
		expect(ids('issue-0x204-pair').slice(0, 2)).toEqual(['network-path', 'listener']);
		expect(d.clear).toBe(false);
		expect(d.codeFacts.map((c) => c.id)).toContain('disconnect/0x204');
	});

	it('failureCode = 2: the security layer, from SSL_NOT_ALLOWED_BY_SERVER', () => {
		const d = run('issue-failurecode-2');
		expect(d.candidates[0]?.cause.id).toBe('security-layer');
		expect(d.codeFacts[0]?.id).toBe('negotiation/0x2');
	});

	it('Event ID 1058 without a Source line: certificate and MachineKeys', () => {
		const d = run('issue-1058-no-source');
		expect(d.recognition.events[0]).toMatchObject({ id: 1058, inferred: true });
		expect(ids('issue-1058-no-source').slice(0, 2)).toEqual(['certificate', 'machinekeys']);
	});

	it('the three-reasons dialog: listener and network path, neither claimed', () => {
		const d = run('issue-reasons-dialog');
		expect(ids('issue-reasons-dialog').slice(0, 2).sort()).toEqual(['listener', 'network-path']);
		expect(d.clear).toBe(false);
	});

	it('ERRCONNECT_CONNECT_TRANSPORT_FAILED: the network path', () => {
		expect(ids('issue-freerdp-transport')[0]).toBe('network-path');
	});

	it('Fehlercode 0x904 / Erweiterter Fehlercode 0x7: the 0x904 / 0x7 pair, no cause claimed', () => {
		const d = run('issue-de-0x904-0x7');
		expect(d.codeFacts.map((c) => [c.id, c.generic])).toEqual([
			['disconnect/0x904', true],
			['extended/0x7', true],
		]);
		// Read by the German labels, not only by the shape of two code lines.
		expect(d.recognition.codes.map((c) => [c.form, c.language])).toEqual([
			['error-code-label', 'de'],
			['extended-label', 'de'],
		]);
		expect(d.candidates).toEqual([]);
	});
});

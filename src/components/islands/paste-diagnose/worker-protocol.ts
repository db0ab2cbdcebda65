/**
 * Messages between the island and its worker. Long pastes are diagnosed off the main thread so
 * the page stays responsive; the worker receives the data once, then one request per paste.
 */
import type { DiagnoseData, Diagnosis } from '../../../lib/diagnose/diagnose.ts';

/** From the island to the worker. */
export type WorkerRequest =
	| { readonly type: 'init'; readonly data: DiagnoseData }
	| { readonly type: 'diagnose'; readonly id: number; readonly text: string; readonly now: number };

/** From the worker to the island. */
export type WorkerResponse =
	| { readonly type: 'result'; readonly id: number; readonly diagnosis: Diagnosis }
	| { readonly type: 'failed'; readonly id: number };

/** The island's worker: runs the matcher on long pastes so typing and scrolling never stall. */
import { diagnose, indexDiagnoseData, type DiagnoseIndex } from '../../../lib/diagnose/diagnose.ts';
import { assertNever } from '../../../lib/assert-never.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

// The project compiles with the DOM library, not the worker one: declare what is used here.
interface WorkerScope {
	onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
	postMessage(message: WorkerResponse): void;
}
const scope = self as unknown as WorkerScope;
let index: DiagnoseIndex | undefined;

scope.onmessage = (event) => {
	const request = event.data;
	switch (request.type) {
		case 'init':
			index = indexDiagnoseData(request.data);
			return;
		case 'diagnose':
			if (index === undefined) {
				scope.postMessage({ type: 'failed', id: request.id });
				return;
			}
			scope.postMessage({
				type: 'result',
				id: request.id,
				diagnosis: diagnose(request.text, index, new Date(request.now)),
			});
			return;
		default:
			assertNever(request);
	}
};

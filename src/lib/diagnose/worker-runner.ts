/**
 * One diagnosis at a time in a worker. A worker runs a job to its end once it has started, so a
 * newer job (or Clear) cannot wait for it: the runner terminates a busy worker and makes a fresh
 * one for the next job (the island's worker indexes the data again, a few milliseconds). An idle
 * worker is reused. Lifecycle: no worker -> idle -> busy -> idle | terminated (-> no worker).
 * No DOM types: the island passes a factory that makes a real Worker; tests pass fakes.
 */

/** What the runner uses of a worker; the DOM's Worker fits. */
export interface JobWorker<Request, Response> {
	onmessage: ((event: MessageEvent<Response>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	postMessage(message: Request): void;
	terminate(): void;
}

/** Runs jobs in workers made by `create` (undefined when no worker can be made). */
export function workerRunner<Request, Response>(
	create: () => JobWorker<Request, Response> | undefined,
) {
	let worker: JobWorker<Request, Response> | undefined;
	let busy = false;

	const drop = (): void => {
		worker?.terminate();
		worker = undefined;
		busy = false;
	};

	return {
		/**
		 * Starts a job after stopping the one running. `done` gets the worker's answer, `failed` is
		 * called when the worker breaks; neither is called once another job or stop() came.
		 * Returns false (and calls nothing) when no worker can be made.
		 */
		run(request: Request, done: (response: Response) => void, failed: () => void): boolean {
			if (busy) drop();
			worker ??= create();
			const current = worker;
			if (current === undefined) return false;
			busy = true;
			current.onmessage = (event) => {
				if (worker !== current) return;
				busy = false;
				done(event.data);
			};
			current.onerror = () => {
				if (worker !== current) return;
				drop();
				failed();
			};
			current.postMessage(request);
			return true;
		},
		/** Stops the running job, if any: its worker is terminated and its answer never delivered. */
		stop(): void {
			if (busy) drop();
		},
		/** Whether a job is running. */
		busy: (): boolean => busy,
		/** Terminates the worker, busy or not (the island unmounts). */
		dispose: drop,
	};
}

/** The runner's interface. */
export type WorkerRunner<Request, Response> = ReturnType<typeof workerRunner<Request, Response>>;

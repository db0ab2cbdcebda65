import { describe, expect, it } from 'vitest';
import { workerRunner, type JobWorker } from '../../../../src/lib/diagnose/worker-runner.ts';

/** A worker that records what it is sent and answers when the test says so. */
class FakeWorker implements JobWorker<string, string> {
	onmessage: JobWorker<string, string>['onmessage'] = null;
	onerror: JobWorker<string, string>['onerror'] = null;
	readonly sent: string[] = [];
	terminated = false;
	postMessage(message: string): void {
		this.sent.push(message);
	}
	terminate(): void {
		this.terminated = true;
	}
	answer(data: string): void {
		this.onmessage?.({ data } as MessageEvent<string>);
	}
	fail(): void {
		this.onerror?.({} as ErrorEvent);
	}
}

function setup() {
	const made: FakeWorker[] = [];
	const runner = workerRunner<string, string>(() => {
		const w = new FakeWorker();
		made.push(w);
		return w;
	});
	const results: string[] = [];
	const failures: string[] = [];
	const run = (job: string): boolean =>
		runner.run(
			job,
			(r) => results.push(r),
			() => failures.push(job),
		);
	return { made, runner, results, failures, run };
}

describe('the worker runner', () => {
	it('delivers a job answer and reuses the idle worker for the next job', () => {
		const { made, results, run, runner } = setup();
		run('a');
		expect(runner.busy()).toBe(true);
		made[0]!.answer('A');
		expect(runner.busy()).toBe(false);
		run('b');
		made[0]!.answer('B');
		expect(made).toHaveLength(1);
		expect(made[0]!.sent).toEqual(['a', 'b']);
		expect(results).toEqual(['A', 'B']);
	});

	it('terminates a busy worker when a new job comes, and runs the new job in a fresh one', () => {
		const { made, results, run } = setup();
		run('slow');
		run('quick');
		expect(made).toHaveLength(2);
		expect(made[0]!.terminated).toBe(true);
		expect(made[1]!.sent).toEqual(['quick']);
		made[0]!.answer('SLOW'); // a message already queued before terminate() took effect
		made[1]!.answer('QUICK');
		expect(results).toEqual(['QUICK']);
	});

	it('stop() terminates a running job and its answer is never delivered', () => {
		const { made, results, run, runner } = setup();
		run('slow');
		runner.stop();
		expect(made[0]!.terminated).toBe(true);
		expect(runner.busy()).toBe(false);
		made[0]!.answer('SLOW');
		run('next');
		made[1]!.answer('NEXT');
		expect(results).toEqual(['NEXT']);
	});

	it('stop() keeps an idle worker', () => {
		const { made, run, runner } = setup();
		run('a');
		made[0]!.answer('A');
		runner.stop();
		expect(made[0]!.terminated).toBe(false);
	});

	it('reports a broken worker once and makes a new one for the next job', () => {
		const { made, failures, run } = setup();
		run('a');
		made[0]!.fail();
		expect(failures).toEqual(['a']);
		expect(made[0]!.terminated).toBe(true);
		run('b');
		expect(made).toHaveLength(2);
	});

	it('says so when no worker can be made', () => {
		const runner = workerRunner<string, string>(() => undefined);
		expect(
			runner.run(
				'a',
				() => undefined,
				() => undefined,
			),
		).toBe(false);
		expect(runner.busy()).toBe(false);
	});
});

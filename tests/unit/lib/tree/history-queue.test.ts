import { describe, expect, it } from 'vitest';
import { historyQueue } from '../../../../src/lib/tree/history-queue.ts';

/** A queue whose deferred flushes run when the test calls `later.run()`. */
function setUp() {
	const written: string[] = [];
	let scheduled: Array<() => void> = [];
	const queue = historyQueue(
		(url) => written.push(url),
		(run) => scheduled.push(run),
	);
	const later = {
		count: () => scheduled.length,
		run() {
			const due = scheduled;
			scheduled = [];
			for (const run of due) run();
		},
	};
	return { queue, written, later };
}

describe('historyQueue', () => {
	it('writes nothing until the deferred flush runs', () => {
		const { queue, written, later } = setUp();
		queue.push('/?tree=gateway_n');
		expect(written).toEqual([]);
		expect(queue.latest()).toBe('/?tree=gateway_n');
		later.run();
		expect(written).toEqual(['/?tree=gateway_n']);
		expect(queue.latest()).toBeUndefined();
	});

	it('keeps one entry per answer, in order, when answers come faster than frames', () => {
		const { queue, written, later } = setUp();
		queue.push('/?tree=gateway_n');
		queue.push('/?tree=gateway_n.port-open_y');
		queue.push('/?tree=gateway_n.port-open_y.other-client_n');
		expect(later.count()).toBe(1);
		expect(queue.latest()).toBe('/?tree=gateway_n.port-open_y.other-client_n');
		later.run();
		expect(written).toEqual([
			'/?tree=gateway_n',
			'/?tree=gateway_n.port-open_y',
			'/?tree=gateway_n.port-open_y.other-client_n',
		]);
	});

	it('flush writes the queued entries at once, and the deferred run then writes nothing twice', () => {
		const { queue, written, later } = setUp();
		queue.push('/?tree=gateway_y');
		queue.flush();
		expect(written).toEqual(['/?tree=gateway_y']);
		later.run();
		expect(written).toEqual(['/?tree=gateway_y']);
	});

	it('drop forgets the queued entries (the browser moved first)', () => {
		const { queue, written, later } = setUp();
		queue.push('/?tree=gateway_y');
		queue.drop();
		expect(queue.latest()).toBeUndefined();
		later.run();
		expect(written).toEqual([]);
	});

	it('schedules a new flush for entries queued after a flush', () => {
		const { queue, written, later } = setUp();
		queue.push('/?tree=gateway_n');
		later.run();
		queue.push('/');
		expect(later.count()).toBe(1);
		later.run();
		expect(written).toEqual(['/?tree=gateway_n', '/']);
	});
});

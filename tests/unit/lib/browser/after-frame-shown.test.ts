import { describe, expect, it } from 'vitest';
import {
	afterFrameShown,
	FALLBACK_MS,
	type FrameClock,
} from '../../../../src/lib/browser/after-frame-shown.ts';

/** A clock whose frames and timers run only when the test says so. */
function fakeClock() {
	let frames: Array<() => void> = [];
	const timers = new Map<number, { run: () => void; ms: number }>();
	let next = 1;
	const clock: FrameClock = {
		requestAnimationFrame: (run) => frames.push(run),
		setTimeout: (run, ms) => {
			timers.set(next, { run, ms });
			return next++;
		},
		clearTimeout: (handle) => timers.delete(handle as number),
	};
	return {
		clock,
		/** Starts one animation frame: runs the callbacks queued before it. */
		frame() {
			const due = frames;
			frames = [];
			for (const run of due) run();
		},
		/** Runs the timers of at most `ms` milliseconds. */
		timers(ms: number) {
			const due = [...timers].filter(([, t]) => t.ms <= ms);
			for (const [id, t] of due) {
				timers.delete(id);
				t.run();
			}
		},
		pendingTimers: () => [...timers.values()].map((t) => t.ms),
	};
}

describe('afterFrameShown', () => {
	it('waits for the frame after the pending one, then for a timer', () => {
		const c = fakeClock();
		let ran = 0;
		afterFrameShown(() => ran++, c.clock);
		c.frame();
		c.timers(0);
		expect(ran).toBe(0);
		c.frame();
		expect(ran).toBe(0);
		c.timers(0);
		expect(ran).toBe(1);
	});

	it('runs once and cancels the fallback when the frames come', () => {
		const c = fakeClock();
		let ran = 0;
		afterFrameShown(() => ran++, c.clock);
		c.frame();
		c.frame();
		c.timers(0);
		expect(c.pendingTimers()).toEqual([]);
		c.timers(FALLBACK_MS);
		expect(ran).toBe(1);
	});

	it('runs on the fallback timer when no frame comes (a hidden tab), and not again later', () => {
		const c = fakeClock();
		let ran = 0;
		afterFrameShown(() => ran++, c.clock);
		c.timers(FALLBACK_MS);
		expect(ran).toBe(1);
		c.frame();
		c.frame();
		c.timers(0);
		expect(ran).toBe(1);
	});
});

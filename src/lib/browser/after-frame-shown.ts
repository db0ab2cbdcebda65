/**
 * Runs work once the frame being rendered now has been shown, so that work cannot delay it.
 *
 * The first requestAnimationFrame callback runs as the pending frame starts; the second one as the
 * frame after it starts, by which time the first has been drawn and presented. A timer then takes
 * the work out of that frame's rendering step. Hidden tabs run no animation frames, so a fallback
 * timer runs the work anyway.
 */

/** The browser calls the scheduler needs; tests pass fakes. */
export interface FrameClock {
	requestAnimationFrame(run: () => void): unknown;
	setTimeout(run: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

/** Longest wait when no animation frame comes (a hidden tab): a few 60 Hz frames. */
export const FALLBACK_MS = 100;

const browserClock: FrameClock = {
	requestAnimationFrame: (run) => window.requestAnimationFrame(run),
	setTimeout: (run, ms) => window.setTimeout(run, ms),
	clearTimeout: (handle) => window.clearTimeout(handle as number),
};

/** Calls `run` exactly once, after the frame that is being rendered now is on screen. */
export function afterFrameShown(run: () => void, clock: FrameClock = browserClock): void {
	let done = false;
	const once = (): void => {
		if (done) return;
		done = true;
		clock.clearTimeout(fallback);
		run();
	};
	const fallback = clock.setTimeout(once, FALLBACK_MS);
	clock.requestAnimationFrame(() =>
		clock.requestAnimationFrame(() => {
			clock.setTimeout(once, 0);
		}),
	);
}

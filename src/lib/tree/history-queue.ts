/**
 * History entries written a little later than the state they record.
 *
 * The tree shows a new question at once and records it in the URL once that question is on screen:
 * a pushState makes the browser commit a same-document navigation (and, in Chromium, fetch the
 * favicon again), and doing that in the click handler slowed the answer's way to the screen. Entries
 * wait in order, so quick answers still get one history entry each; `latest` is what the URL is about
 * to be, for links built meanwhile.
 */
export interface HistoryQueue {
	/** Queues `url` (path, query and hash) as the next history entry. */
	push(url: string): void;
	/** Writes every queued entry now, in order. */
	flush(): void;
	/** Forgets the queued entries: the browser moved (Back or Forward) before they were written. */
	drop(): void;
	/** The last queued entry, or undefined when the URL is up to date. */
	latest(): string | undefined;
}

/** `write` records one entry (history.pushState); `later` runs the flush (after the frame is shown). */
export function historyQueue(
	write: (url: string) => void,
	later: (run: () => void) => void,
): HistoryQueue {
	let queue: string[] = [];
	const flush = (): void => {
		const urls = queue;
		queue = [];
		for (const url of urls) write(url);
	};
	return {
		push(url) {
			if (queue.length === 0) later(flush);
			queue.push(url);
		},
		flush,
		drop() {
			queue = [];
		},
		latest: () => queue.at(-1),
	};
}

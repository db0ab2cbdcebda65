/** A small binary min-heap of `[cost, order, item]`; `order` breaks cost ties (lower first). */
export class MinHeap<T> {
	private readonly items: [number, number, T][] = [];

	/** How many entries wait. */
	get size(): number {
		return this.items.length;
	}

	/** Adds an entry. */
	push(item: [cost: number, order: number, value: T]): void {
		const a = this.items;
		a.push(item);
		for (let i = a.length - 1; i > 0;) {
			const parent = (i - 1) >> 1;
			if (!MinHeap.less(a[i]!, a[parent]!)) break;
			[a[i], a[parent]] = [a[parent]!, a[i]!];
			i = parent;
		}
	}

	/** Removes and returns the entry of lowest cost (then lowest order), or undefined when empty. */
	pop(): [number, number, T] | undefined {
		const a = this.items;
		const top = a[0];
		const last = a.pop();
		if (a.length > 0 && last) {
			a[0] = last;
			for (let i = 0; ;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let min = i;
				if (l < a.length && MinHeap.less(a[l]!, a[min]!)) min = l;
				if (r < a.length && MinHeap.less(a[r]!, a[min]!)) min = r;
				if (min === i) break;
				[a[i], a[min]] = [a[min]!, a[i]!];
				i = min;
			}
		}
		return top;
	}

	private static less<T>(x: [number, number, T], y: [number, number, T]): boolean {
		return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
	}
}

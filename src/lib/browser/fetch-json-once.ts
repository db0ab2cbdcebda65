/**
 * One fetch per URL per page, shared by every island that asks: the first caller starts it, later
 * callers get the same promise. A failed fetch is forgotten, so the next call tries again.
 */
const pending = new Map<string, Promise<unknown>>();

/**
 * The JSON at `url`, checked with `guard`. Rejects with an Error naming the URL on an HTTP error,
 * a network failure, invalid JSON, or a value the guard refuses.
 */
export function fetchJsonOnce<T>(url: string, guard: (value: unknown) => value is T): Promise<T> {
	let request = pending.get(url) as Promise<T> | undefined;
	if (request === undefined) {
		request = fetch(url)
			.then((response) => {
				if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
				return response.json() as Promise<unknown>;
			})
			.then((value) => {
				if (!guard(value)) throw new Error(`${url}: unexpected content`);
				return value;
			});
		request.catch(() => pending.delete(url));
		pending.set(url, request);
	}
	return request;
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJsonOnce } from '../../../../src/lib/browser/fetch-json-once.ts';

const isNumbers = (v: unknown): v is number[] =>
	Array.isArray(v) && v.every((n) => typeof n === 'number');

/** A fetch stub answering with the given bodies in turn (a number is an HTTP status). */
function stubFetch(...answers: Array<unknown>) {
	const fetch = vi.fn(() => {
		const answer = answers.shift();
		if (answer instanceof Error) return Promise.reject(answer);
		if (typeof answer === 'number') return Promise.resolve(new Response('', { status: answer }));
		return Promise.resolve(new Response(JSON.stringify(answer)));
	});
	vi.stubGlobal('fetch', fetch);
	return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchJsonOnce', () => {
	it('fetches a URL once for every caller', async () => {
		const fetch = stubFetch([1, 2]);
		const [a, b] = await Promise.all([
			fetchJsonOnce('/once.json', isNumbers),
			fetchJsonOnce('/once.json', isNumbers),
		]);
		expect(await fetchJsonOnce('/once.json', isNumbers)).toEqual([1, 2]);
		expect(a).toBe(b);
		expect(fetch).toHaveBeenCalledTimes(1);
	});

	it('names the URL and status of an HTTP error, and tries again on the next call', async () => {
		const fetch = stubFetch(404, [3]);
		await expect(fetchJsonOnce('/retry.json', isNumbers)).rejects.toThrow('/retry.json: HTTP 404');
		expect(await fetchJsonOnce('/retry.json', isNumbers)).toEqual([3]);
		expect(fetch).toHaveBeenCalledTimes(2);
	});

	it('refuses content the guard does not accept', async () => {
		stubFetch({ not: 'numbers' });
		await expect(fetchJsonOnce('/odd.json', isNumbers)).rejects.toThrow(
			'/odd.json: unexpected content',
		);
	});

	it('passes on a network failure and forgets it', async () => {
		stubFetch(new TypeError('Failed to fetch'), [4]);
		await expect(fetchJsonOnce('/offline.json', isNumbers)).rejects.toThrow('Failed to fetch');
		expect(await fetchJsonOnce('/offline.json', isNumbers)).toEqual([4]);
	});
});

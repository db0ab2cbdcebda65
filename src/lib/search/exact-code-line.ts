/**
 * A line above the search dialog's results that links the page of the code a search spells
 * exactly (exact-codes.ts): Pagefind ranks by word starts, so `0x10` may list a page with 0x101
 * first. lazy-ui.ts loads this module with Pagefind UI.
 *
 * The decoder's index (codes/decoder-index.json, 12 KB gzipped) is fetched on the first search
 * that looks like a code, never before. The line goes right before Pagefind UI's "N results"
 * message and is kept there by a MutationObserver, as next-steps.ts keeps its own line; if the
 * index cannot be fetched the line stays hidden and the results are as before.
 */
import { fetchJsonOnce } from '../browser/fetch-json-once.ts';
import { isCodeIndex } from '../codes/index-guard.ts';
import { exactCodeHits, mayBeCode, type CodeHit } from './exact-codes.ts';

/** The class of the line, for tests and styles. */
export const EXACT_CODES_CLASS = 'search-exact-codes';

/** Fills `line` with links to `hits`, paths under `root`. */
function render(line: HTMLElement, hits: readonly CodeHit[], root: string): void {
	line.replaceChildren(hits.length > 1 ? 'Code pages: ' : 'Code page: ');
	hits.forEach((hit, i) => {
		const link = document.createElement('a');
		link.href = `${root}${hit.path}`;
		link.textContent = hit.title;
		line.append(...(i > 0 ? [', '] : []), link);
	});
}

/** Shows the line in `container` while its search box holds a code's exact spelling. */
export function offerExactCodes(container: HTMLElement, base: string): void {
	const root = base.replace(/\/?$/, '/');
	const line = document.createElement('p');
	line.className = EXACT_CODES_CLASS;
	line.hidden = true;
	/** The last query read against the index, and what it found. */
	let read = { query: '', hits: [] as CodeHit[] };
	const query = () =>
		container.querySelector<HTMLInputElement>('.pagefind-ui__search-input:not([data-stand-in])')
			?.value ?? '';
	const update = () => {
		const hits = read.query === query() ? read.hits : [];
		const message = container.querySelector('.pagefind-ui__message');
		if (hits.length === 0 || !message) {
			line.hidden = true;
			return;
		}
		const key = hits.map((h) => h.path).join(' ');
		if (line.dataset['paths'] !== key) {
			render(line, hits, root);
			line.dataset['paths'] = key;
		}
		if (message.previousElementSibling !== line) message.before(line);
		line.hidden = false;
	};
	container.addEventListener('input', () => {
		const typed = query();
		if (!mayBeCode(typed)) {
			update();
			return;
		}
		fetchJsonOnce(`${root}codes/decoder-index.json`, isCodeIndex).then(
			(index) => {
				read = { query: typed, hits: exactCodeHits(typed, index) };
				update();
			},
			// Without the index the results still show; only this shortcut is missing.
			() => update(),
		);
	});
	new MutationObserver(update).observe(container, {
		subtree: true,
		childList: true,
		characterData: true,
	});
}

/**
 * A line above the search dialog's results that links the page of the code a search spells
 * exactly, or says that a `0x` number is in no table (exact-codes.ts): Pagefind ranks by word
 * starts, so `0x10` may list a page with 0x101 first. lazy-ui.ts loads this module with Pagefind
 * UI, and hands Pagefind UI `searchTerm` (code-query.ts) as its `processTerm`.
 *
 * The map of code spellings (codes/exact-codes.json, exact-code-map.ts) is fetched on the first
 * search that looks like a code, never before; a failed fetch is tried again on the next. The
 * line goes right before Pagefind UI's "N results" message and is kept there by a
 * MutationObserver, as next-steps.ts keeps its own line; if the map cannot be fetched the line
 * stays hidden and the results are as before.
 */
import {
	exactCodeHits,
	isExactCodeMap,
	mayBeCode,
	type CodeLine,
	type ExactCodeMap,
} from './exact-codes.ts';

export { searchTerm } from './code-query.ts';

/** The class of the line, for tests and styles. */
export const EXACT_CODES_CLASS = 'search-exact-codes';

const link = (href: string, text: string): HTMLAnchorElement => {
	const a = document.createElement('a');
	a.href = href;
	a.textContent = text;
	return a;
};

/** Fills `line` with links to the code pages, then names the numbers in no table; paths under `root`. */
function render(line: HTMLElement, { hits, unknown }: CodeLine, root: string): void {
	line.replaceChildren();
	if (hits.length > 0) {
		line.append(hits.length > 1 ? 'Code pages: ' : 'Code page: ');
		hits.forEach((hit, i) => {
			line.append(...(i > 0 ? [', '] : []), link(`${root}${hit.path}`, hit.title));
		});
		line.append(unknown.length > 0 ? '. ' : '');
	}
	if (unknown.length > 0)
		line.append(
			`${unknown.join(' and ')} ${unknown.length > 1 ? 'are' : 'is'} in none of the code tables: `,
			link(`${root}codes/not-in-tables/`, 'what an unlisted code means'),
			'.',
		);
}

let codeMap: Promise<ExactCodeMap> | undefined;
/**
 * The map at `url`, fetched once; a failure is forgotten, so the next search tries again. Not
 * src/lib/browser/fetch-json-once.ts: a module shared with the home page's islands becomes a
 * chunk of its own, loaded by the home page before any search.
 */
function fetchCodeMap(url: string): Promise<ExactCodeMap> {
	codeMap ??= fetch(url)
		.then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))
		.then((value) => {
			if (!isExactCodeMap(value)) throw new Error(`${url}: not a map of code spellings`);
			return value;
		});
	codeMap.catch(() => (codeMap = undefined));
	return codeMap;
}

/** Shows the line in `container` while its search box holds a code's exact spelling. */
export function offerExactCodes(container: HTMLElement, base: string): void {
	const root = base.replace(/\/?$/, '/');
	const line = document.createElement('p');
	line.className = EXACT_CODES_CLASS;
	line.hidden = true;
	/** The last query read against the map, and what it found. */
	let read: { query: string; found: CodeLine } = { query: '', found: { hits: [], unknown: [] } };
	const query = () =>
		container.querySelector<HTMLInputElement>('.pagefind-ui__search-input:not([data-stand-in])')
			?.value ?? '';
	const update = () => {
		const found = read.query === query() ? read.found : undefined;
		const message = container.querySelector('.pagefind-ui__message');
		if (!found || found.hits.length + found.unknown.length === 0 || !message) {
			line.hidden = true;
			return;
		}
		const key = [...found.hits.map((h) => h.path), ...found.unknown].join(' ');
		if (line.dataset['shows'] !== key) {
			render(line, found, root);
			line.dataset['shows'] = key;
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
		fetchCodeMap(`${root}codes/exact-codes.json`).then(
			(map) => {
				read = { query: typed, found: exactCodeHits(typed, map) };
				update();
			},
			// Without the map the results still show; only this shortcut is missing.
			() => update(),
		);
	});
	new MutationObserver(update).observe(container, {
		subtree: true,
		childList: true,
		characterData: true,
	});
}

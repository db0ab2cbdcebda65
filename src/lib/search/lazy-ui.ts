/**
 * Stands in for `@pagefind/default-ui` in Starlight's search dialog: src/integrations/
 * search-options.ts points Starlight's import here. Starlight loads Pagefind UI (about 26 KB
 * gzipped) when the page is idle, on every visit; this class loads it only once the person heads
 * for search: hovering, pressing or focusing the search button, or focusing the search box (which
 * the dialog does when Ctrl+K or a click opens it).
 *
 * With it come the line that says what to do when a search finds nothing (next-steps.ts) and the
 * line that links the page of a code the search spells exactly (exact-code-line.ts).
 *
 * Until then the dialog holds a stand-in search box with Pagefind UI's own classes, so it looks
 * the same and takes typing at once. When Pagefind UI has mounted next to it, the stand-in's text,
 * caret and focus move to the real box and the stand-in goes: nothing typed meanwhile is lost.
 */
import { PAGEFIND_SVELTE_CLASS } from './pagefind-classes.ts';

/** The options Starlight passes to `new PagefindUI()`; the few read here are typed. */
export type PagefindUiOptions = Record<string, unknown> & {
	element: string | HTMLElement;
	translations?: Record<string, string>;
};

// Events on the search button that show the person is heading for search (before the click).
const BUTTON_INTENT = ['pointerenter', 'pointerdown', 'focus'] as const;

/** The stand-in: Pagefind UI's markup for its search box, without results or behaviour. */
function standIn(translations: Record<string, string>): {
	root: HTMLElement;
	input: HTMLInputElement;
} {
	const root = document.createElement('div');
	root.className = `pagefind-ui pagefind-ui--reset ${PAGEFIND_SVELTE_CLASS}`;
	// A div, not a form: Enter must not submit (and reload) the page.
	const form = document.createElement('div');
	form.className = `pagefind-ui__form ${PAGEFIND_SVELTE_CLASS}`;
	form.setAttribute('role', 'search');
	form.setAttribute('aria-label', translations['search_label'] ?? 'Search this site');
	const input = document.createElement('input');
	input.className = `pagefind-ui__search-input ${PAGEFIND_SVELTE_CLASS}`;
	input.type = 'text';
	input.placeholder = input.title = translations['placeholder'] ?? 'Search';
	input.setAttribute('autocapitalize', 'none');
	input.enterKeyHint = 'search';
	input.dataset['standIn'] = '';
	form.append(input);
	root.append(form);
	return { root, input };
}

/** Moves the stand-in's text, caret and focus to Pagefind UI's own box, then removes it. */
function handOver(
	container: HTMLElement,
	stand: { root: HTMLElement; input: HTMLInputElement },
): void {
	const real = container.querySelector<HTMLInputElement>(
		'.pagefind-ui__search-input:not([data-stand-in])',
	);
	const { value, selectionStart, selectionEnd } = stand.input;
	const focused = document.activeElement === stand.input;
	if (real) {
		if (value) {
			real.value = value;
			// Pagefind UI reads its box on `input` and searches.
			real.dispatchEvent(new Event('input', { bubbles: true }));
		}
		if (focused) {
			real.focus();
			real.setSelectionRange(selectionStart, selectionEnd);
		}
	}
	stand.root.remove();
}

/** Same constructor as Pagefind UI's; mounts it on the first sign of search intent. */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- Starlight runs `new PagefindUI(options)`: this stands in for that module's class
export class PagefindUI {
	constructor(options: PagefindUiOptions) {
		const container =
			typeof options.element === 'string'
				? document.querySelector(options.element)
				: options.element;
		if (!(container instanceof HTMLElement)) {
			const wanted = typeof options.element === 'string' ? options.element : 'given';
			console.error(`Search: no element ${wanted} to hold the search box.`);
			return;
		}
		const stand = standIn(options.translations ?? {});
		container.append(stand.root);
		let loading: Promise<void> | undefined;
		const load = () => {
			loading ??= Promise.all([
				import('@pagefind/default-ui'),
				import('./next-steps.ts'),
				import('./exact-code-line.ts'),
			]).then(([{ PagefindUI: Real }, { offerNextSteps }, { offerExactCodes, searchTerm }]) => {
				new Real({ ...options, element: container, processTerm: searchTerm });
				offerNextSteps(container, import.meta.env.BASE_URL);
				offerExactCodes(container, import.meta.env.BASE_URL);
				handOver(container, stand);
			});
		};
		const button = document.querySelector('button[data-open-modal]');
		for (const type of BUTTON_INTENT)
			button?.addEventListener(type, load, { once: true, passive: true });
		stand.input.addEventListener('focus', load, { once: true });
		stand.input.addEventListener('input', load, { once: true });
		// The dialog was opened (Ctrl+K) before this ran: take the focus it found nothing to give.
		if (container.closest('dialog')?.open) stand.input.focus();
	}
}

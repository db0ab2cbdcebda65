/**
 * What to do when the search dialog finds nothing: Pagefind UI only says "No results for …", and
 * its messages are plain text, so this adds a line with links under its results while it shows
 * none. lazy-ui.ts loads this module with Pagefind UI, so pages carry no bytes of it.
 *
 * A MutationObserver on the element Pagefind UI mounts into puts the line right after Pagefind
 * UI's message while a finished search has an empty result list (in the results column, under
 * "No results for …"), and hides it otherwise. Svelte inserts and removes its own nodes by
 * reference, so a node of ours between them stays put, or goes with the results area.
 */

/** The links of the line: text before each link, the link's text and its path under the base. */
const STEPS: readonly (readonly [before: string, text: string, path: string])[] = [
	['Nothing found? ', 'Paste the whole message', '#paste-an-error-or-event-log'],
	[' into the box on the home page, look the number up in the ', 'code decoder', 'codes/'],
	[', or pick your error from the ', 'list of errors', 'errors/'],
];

/** The class of the line, for tests and styles. */
export const NEXT_STEPS_CLASS = 'search-next-steps';

/** Whether Pagefind UI in `container` shows a finished search with no results. */
export function showsNoResults(container: ParentNode): boolean {
	const list = container.querySelector('.pagefind-ui__results');
	return (
		list !== null &&
		list.childElementCount === 0 &&
		container.querySelector('.pagefind-ui__message') !== null
	);
}

/** Shows the line in `container` exactly while Pagefind UI there has found nothing. */
export function offerNextSteps(container: HTMLElement, base: string): void {
	const root = base.replace(/\/?$/, '/');
	const line = document.createElement('p');
	line.className = NEXT_STEPS_CLASS;
	for (const [before, text, path] of STEPS) {
		const link = document.createElement('a');
		link.href = `${root}${path}`;
		link.textContent = text;
		line.append(before, link);
	}
	line.append('.');
	line.hidden = true;
	const update = () => {
		const none = showsNoResults(container);
		const message = container.querySelector('.pagefind-ui__message');
		if (none && message && message.nextElementSibling !== line) message.after(line);
		line.hidden = !none;
	};
	new MutationObserver(update).observe(container, {
		subtree: true,
		childList: true,
		characterData: true,
	});
	update();
}

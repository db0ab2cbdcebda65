/**
 * Opens the tree island higher on the same page at a URL, as a new history entry plus the
 * popstate the tree listens to; kept apart from continue-in-tree.ts so the island's first load
 * does not carry the diagnosis engine (that module comes with engine.ts).
 */

/** The tree island's root (src/components/islands/decision-tree/DecisionTree.tsx). */
const TREE_SELECTOR = 'section.dt';

/** Opens the tree on this page at `url` (from continuationUrl) and moves focus to its heading. */
export function openTreeInPage(url: string): void {
	window.history.pushState(null, '', url);
	window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
	// The tree focuses its heading when its walk changes; when it does not (already there) or the
	// tree has not hydrated yet, focus it here, after the tree has rendered.
	requestAnimationFrame(() => {
		const tree = document.querySelector<HTMLElement>(TREE_SELECTOR);
		if (tree === null || tree.contains(document.activeElement)) return;
		const heading = tree.querySelector<HTMLElement>('.dt-heading');
		if (heading) heading.focus();
		else tree.scrollIntoView();
	});
}

/**
 * State of the decision-tree island: the walk (mirrored in the URL), a notice when a URL could
 * not be read, the live-region message, and which copy button last succeeded. All rules live in
 * src/lib/tree; this hook wires them to Preact, the History API and the clipboard.
 * An answer's history entry is written once its question is on screen (src/lib/tree/history-queue.ts).
 * The page carries only the first question; the rest of the tree is fetched when the island
 * hydrates (src/lib/tree/tree-bundle.ts). Until it arrives the island shows that question, keeps
 * the last answer clicked and applies it on arrival, and leaves a `?tree=` link for then.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { afterFrameShown } from '../../../lib/browser/after-frame-shown.ts';
import { historyQueue } from '../../../lib/tree/history-queue.ts';
import { progressOf, progressText } from '../../../lib/tree/progress.ts';
import { summaryMarkdown } from '../../../lib/tree/summary.ts';
import { fetchJsonOnce } from '../../../lib/browser/fetch-json-once.ts';
import { firstQuestionTree, isTreeBundle } from '../../../lib/tree/tree-bundle.ts';
import { indexTree, startingAt, type TreeIndex } from '../../../lib/tree/tree-data.ts';
import type { QuestionNode } from '../../../schemas/graph.ts';
import { encodeWalk, searchForWalk, walkFromSearch } from '../../../lib/tree/url-state.ts';
import { currentNode, reduce, START, type TreeAction, type Walk } from '../../../lib/tree/walk.ts';
import {
	pasteMarks,
	settledStepsFromSearch,
	sourceFromSearch,
	withoutPasteParam,
	type PasteOrigin,
} from '../../../lib/diagnose/tree-link.ts';

/** Shown when the URL's answers could not be replayed; never contains the URL's value. */
export const BAD_LINK_NOTICE =
	'The answers in this link could not be read (the link is damaged or from an older version of these questions), so the diagnosis starts again from the first question.';

function announcementFor(tree: TreeIndex, walk: Walk): string {
	const node = currentNode(tree, walk);
	if (node.type === 'question') return `${progressText(progressOf(tree, walk))}: ${node.text}`;
	if (node.type === 'outcome')
		return `Likely cause: ${tree.causes.get(node.cause)?.title ?? node.cause}`;
	return 'No known cause matched your answers.';
}

/** Shown when the tree could not be fetched; the view adds the outline link. */
export const LOAD_FAILED_NOTICE =
	'The next questions could not be loaded. Check your connection and answer again, or read';

/** What the page passes: the first question, its progress count, and where the tree is. */
export interface DecisionTreeProps {
	/** The start question, rendered on the server. */
	readonly first: QuestionNode;
	/** Most questions on the longest path from the first one (its progress hint). */
	readonly questionsLeft: number;
	/** URL of the tree bundle. */
	readonly dataUrl: string;
	/** The site's base path, ending in a slash. */
	readonly base: string;
	/** The error diagnosed, as the copied summary's heading names it; default: 0x904 / 0x7. */
	readonly error?: string | undefined;
}

/** The island's state and actions. */
export function useDecisionTree({ first, questionsLeft, dataUrl, base, error }: DecisionTreeProps) {
	const [tree, setTree] = useState<TreeIndex>(() => firstQuestionTree(first, questionsLeft));
	const [loaded, setLoaded] = useState(false);
	const [loadFailed, setLoadFailed] = useState(false);
	// The last answer clicked before the tree arrived (always to the first question).
	const pending = useRef<TreeAction | undefined>(undefined);
	const [walk, setWalk] = useState<Walk>(START);
	const [notice, setNotice] = useState(false);
	const [announcement, setAnnouncement] = useState('');
	const [copied, setCopied] = useState<string | undefined>(undefined);
	// Set when the tree was opened from paste-to-diagnose: its settled answers are marked.
	const [pasteOrigin, setPasteOrigin] = useState<PasteOrigin | undefined>(undefined);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const focusNext = useRef(false);
	const shown = useRef<Walk>(START);
	shown.current = walk;
	const entries = useMemo(
		() => historyQueue((url) => window.history.pushState(null, '', url), afterFrameShown),
		[],
	);
	/** The query string the URL has, or is about to have once queued entries are written. */
	const search = useCallback((): string => {
		const pending = entries.latest();
		return pending === undefined
			? window.location.search
			: new URL(pending, window.location.href).search;
	}, [entries]);

	const show = useCallback(
		(next: Walk, message?: string) => {
			setWalk(next);
			setCopied(undefined);
			setAnnouncement(message ?? announcementFor(tree, next));
			focusNext.current = true;
		},
		[tree],
	);

	const fetchTree = useCallback(() => {
		setLoadFailed(false);
		fetchJsonOnce(dataUrl, isTreeBundle).then(
			(bundle) => {
				// The tree starts at the page's first question: the home page's, or an error's.
				const data = startingAt(bundle.tree, first.id);
				if (data === undefined) {
					setLoadFailed(true);
					return;
				}
				setTree(indexTree(data));
				setLoaded(true);
			},
			() => setLoadFailed(true),
		);
	}, [dataUrl, first.id]);
	// Fetch as soon as the island hydrates, so the first answer finds the tree there.
	useEffect(fetchTree, [fetchTree]);
	// Copying needs the island: its buttons stay disabled until then (the answers are a form).
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);

	/** Applies an action to the loaded tree and queues its history entry. */
	const apply = useCallback(
		(from: Walk, action: TreeAction) => {
			const next = reduce(tree, from, action);
			if (next === from) return;
			setNotice(false);
			// The person's own moves are not the paste's: drop its marker from the new URL.
			const url =
				window.location.pathname +
				searchForWalk(withoutPasteParam(search()), next) +
				window.location.hash;
			entries.push(url);
			show(next);
		},
		[tree, show, entries, search],
	);

	// Once the tree is here: apply an answer clicked meanwhile, or read the URL; then follow the
	// browser's Back and Forward.
	useEffect(() => {
		if (!loaded) return undefined;
		const load = (): void => {
			entries.drop();
			const decoded = walkFromSearch(tree, window.location.search);
			if (decoded.type === 'reset') {
				setNotice(true);
				const clean =
					window.location.pathname +
					searchForWalk(window.location.search, START) +
					window.location.hash;
				window.history.replaceState(null, '', clean);
				show(START, `${BAD_LINK_NOTICE} ${announcementFor(tree, START)}`);
				return;
			}
			// In-page anchors (the skip link, a table of contents) also fire popstate: ignore them.
			if (encodeWalk(decoded.walk) === encodeWalk(shown.current)) return;
			setNotice(false);
			const settled = settledStepsFromSearch(window.location.search, decoded.walk.steps.length);
			if (settled.size > 0)
				setPasteOrigin({
					walk: decoded.walk,
					settled,
					source: sourceFromSearch(window.location.search),
				});
			show(decoded.walk);
		};
		const clicked = pending.current;
		pending.current = undefined;
		// A click answered the question on screen, the first one: it wins over the URL's answers.
		if (clicked === undefined) load();
		else apply(START, clicked);
		window.addEventListener('popstate', load);
		return () => window.removeEventListener('popstate', load);
	}, [loaded, tree, show, entries, apply]);

	useEffect(() => {
		if (!focusNext.current) return;
		focusNext.current = false;
		headingRef.current?.focus();
	}, [walk]);

	const dispatch = useCallback(
		(action: TreeAction) => {
			if (loaded) {
				apply(walk, action);
				return;
			}
			pending.current = action;
			setAnnouncement('Loading the next question…');
			if (loadFailed) fetchTree();
		},
		[loaded, loadFailed, walk, apply, fetchTree],
	);

	const copy = useCallback(async (key: string, text: string, what: string) => {
		try {
			await navigator.clipboard.writeText(text);
			setCopied(key);
			setAnnouncement(`${what} copied to the clipboard.`);
		} catch {
			setCopied(undefined);
			setAnnouncement(`Copying failed: select the ${what.toLowerCase()} and copy it by hand.`);
		}
	}, []);

	const guideHref = useCallback((slug: string) => `${base}${slug}/`, [base]);
	const hrefFor = useCallback(
		(w: Walk) => window.location.pathname + searchForWalk(search(), w),
		[search],
	);
	const summary = useCallback(
		() =>
			summaryMarkdown(
				tree,
				walk,
				{
					guide: (slug) => new URL(guideHref(slug), window.location.href).href,
					walk: new URL(hrefFor(walk) + window.location.hash, window.location.href).href,
				},
				error,
			),
		[tree, walk, guideHref, hrefFor, error],
	);

	return {
		tree,
		hydrated,
		loadFailed,
		walk,
		node: currentNode(tree, walk),
		fromPaste: pasteMarks(pasteOrigin, walk),
		pasteSource: pasteOrigin?.source ?? 'paste',
		progress: progressText(progressOf(tree, walk)),
		notice,
		announcement,
		copied,
		headingRef,
		dispatch,
		copy,
		guideHref,
		hrefFor,
		summary,
	};
}

/** What the view receives. */
export type DecisionTreeModel = ReturnType<typeof useDecisionTree>;

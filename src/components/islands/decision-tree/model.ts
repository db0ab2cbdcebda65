/**
 * State of the decision-tree island: the walk (mirrored in the URL), a notice when a URL could
 * not be read, the live-region message, and which copy button last succeeded. All rules live in
 * src/lib/tree; this hook wires them to Preact, the History API and the clipboard.
 * An answer's history entry is written once its question is on screen (src/lib/tree/history-queue.ts).
 * The page carries only the first question; the rest of the tree is fetched when the island
 * hydrates (use-tree-data.ts). Until it arrives the island shows that question, keeps
 * the last answer clicked and applies it on arrival, and leaves a `?tree=` link for then.
 * `?error=` switches the island in place to another error's tree (paste-to-diagnose opens the
 * error the paste shows, src/lib/tree/error-tree.ts); a link leads back to the page's own.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { afterFrameShown } from '../../../lib/browser/after-frame-shown.ts';
import { historyQueue } from '../../../lib/tree/history-queue.ts';
import { progressOf, progressText } from '../../../lib/tree/progress.ts';
import { summaryMarkdown } from '../../../lib/tree/summary.ts';
import { firstQuestionTree } from '../../../lib/tree/tree-bundle.ts';
import type { TreeIndex } from '../../../lib/tree/tree-data.ts';
import { useTreeData } from './use-tree-data.ts';
import { useCopy } from './use-copy.ts';
import { announcementFor } from '../../../lib/tree/announce.ts';
import type { ErrorSummary } from '../../../lib/errors/errors.ts';
import type { QuestionNode } from '../../../schemas/graph.ts';
import { encodeWalk, searchForWalk } from '../../../lib/tree/url-state.ts';
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
	const [firstTree] = useState<TreeIndex>(() => firstQuestionTree(first, questionsLeft));
	const { data, loadFailed, fetchTree } = useTreeData(dataUrl, first.id);
	// Another error's tree shown instead of the page's (`?error=`); undefined: the page's own.
	const [errorOn, setErrorOn] = useState<ErrorSummary | undefined>(undefined);
	const tree = useMemo(
		() => (data === undefined ? firstTree : data.lib.treeOfError(data.tree, errorOn)),
		[data, firstTree, errorOn],
	);
	// The last answer clicked before the tree arrived (always to the first question).
	const pending = useRef<TreeAction | undefined>(undefined);
	const [walk, setWalk] = useState<Walk>(START);
	const [notice, setNotice] = useState(false);
	const [announcement, setAnnouncement] = useState('');
	const { copied, setCopied, copy } = useCopy(setAnnouncement);
	// Set when the tree was opened from paste-to-diagnose: its settled answers are marked.
	const [pasteOrigin, setPasteOrigin] = useState<PasteOrigin | undefined>(undefined);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const focusNext = useRef(false);
	// The last walk in the page's own tree, where the way back from another error's tree leads.
	const pageWalk = useRef<Walk>(START);
	if (errorOn === undefined) pageWalk.current = walk;
	const entries = useMemo(
		() => historyQueue((url) => window.history.pushState(null, '', url), afterFrameShown),
		[],
	);
	/** The query string the URL has, or is about to have once queued entries are written. */
	const search = useCallback(
		(): string => new URL(entries.latest() ?? window.location.href, window.location.href).search,
		[entries],
	);
	const show = useCallback(
		(next: Walk, message?: string, on: TreeIndex = tree) => {
			setWalk(next);
			setCopied(undefined);
			setAnnouncement(message ?? announcementFor(on, next));
			focusNext.current = true;
		},
		[tree],
	);

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
			const own = withoutPasteParam(search());
			const query = searchForWalk(data ? data.lib.searchForError(own, errorOn) : own, next);
			entries.push(window.location.pathname + query + window.location.hash);
			show(next);
		},
		[tree, show, entries, search, errorOn, data],
	);
	// Reads the URL; the latest render's version, so a new tree or walk does not read it again.
	const load = useRef(() => {});
	load.current = (): void => {
		if (data === undefined) return;
		entries.drop();
		const { lib } = data;
		const read = lib.treeStateFromSearch(data.tree, data.errors, window.location.search);
		if (read.type === 'reset') {
			setNotice(true);
			const clean =
				window.location.pathname +
				searchForWalk(lib.searchForError(window.location.search, undefined), START) +
				window.location.hash;
			window.history.replaceState(null, '', clean);
			setErrorOn(undefined);
			show(START, `${BAD_LINK_NOTICE} ${announcementFor(data.tree, START)}`, data.tree);
			return;
		}
		const { error: on, tree: onTree, walk: decoded } = read;
		// In-page anchors (the skip link, a table of contents) also fire popstate: ignore them.
		const same = encodeWalk(decoded) === encodeWalk(walk);
		if (same && on?.id === errorOn?.id) return;
		setNotice(false);
		const settled = settledStepsFromSearch(window.location.search, decoded.steps.length);
		if (settled.size > 0)
			setPasteOrigin({
				walk: decoded,
				settled,
				source: sourceFromSearch(window.location.search),
			});
		setErrorOn(on);
		const title = (on ?? data.errors.find((e) => e.start === first.id))?.title;
		const switched = on?.id === errorOn?.id ? '' : `Questions for ${title}. `;
		show(decoded, switched + announcementFor(onTree, decoded), onTree);
	};
	// Once the tree is here: apply an answer clicked meanwhile, or read the URL; then follow the
	// browser's Back and Forward.
	useEffect(() => {
		if (data === undefined) return undefined;
		const clicked = pending.current;
		pending.current = undefined;
		// A click answered the question on screen, the first one: it wins over the URL's answers.
		if (clicked === undefined) load.current();
		else apply(START, clicked);
		const onPopState = (): void => load.current();
		window.addEventListener('popstate', onPopState);
		return () => window.removeEventListener('popstate', onPopState);
	}, [data]); // once, when the data arrives

	useEffect(() => {
		if (!focusNext.current) return;
		focusNext.current = false;
		headingRef.current?.focus();
	}, [walk]);

	const dispatch = useCallback(
		(action: TreeAction) => {
			if (data !== undefined) {
				apply(walk, action);
				return;
			}
			pending.current = action;
			setAnnouncement('Loading the next question…');
			if (loadFailed) fetchTree();
		},
		[data, loadFailed, walk, apply, fetchTree],
	);

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
				errorOn?.title ?? error,
			),
		[tree, walk, guideHref, hrefFor, error, errorOn],
	);
	// The way back from another error's tree: the page's own, at the answers last given there.
	const pageHref =
		errorOn === undefined || data === undefined // never on the server
			? ''
			: window.location.pathname +
				searchForWalk(
					data.lib.searchForError(withoutPasteParam(search()), undefined),
					pageWalk.current,
				);
	const leaveError = useCallback(
		(event: MouseEvent) => {
			if (data === undefined || event.button !== 0 || event.ctrlKey || event.metaKey) return;
			event.preventDefault();
			entries.push(pageHref + window.location.hash);
			setErrorOn(undefined);
			setNotice(false);
			show(pageWalk.current, undefined, data.tree);
		},
		[data, entries, pageHref, show],
	);

	return {
		tree,
		errorOn,
		pageError: data?.errors.find((e) => e.start === first.id),
		pageHref,
		leaveError,
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

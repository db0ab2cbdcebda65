/**
 * Paste to diagnose, end to end: text -> parsed events, registry values and lines, and the
 * recognizer's codes and sentences -> signature hits plus weaker code and sentence evidence ->
 * ranked candidates -> settled tree answers -> where the tree opens. Pure and linear in the
 * input size; `now` is passed in so that date checks (expired certificates) are testable.
 */
import { codeTables, type CodeTableEntry, type CodeTables } from '../recognize/code-knowledge.ts';
import type { ErrorSummary } from '../errors/errors.ts';
import { matchErrors, type ErrorMatch } from '../errors/match.ts';
import { deriveEvidence, type CodeFact } from '../recognize/evidence.ts';
import { recognizeParsed, type Recognition } from '../recognize/recognize.ts';
import type { AnswerRule } from '../../schemas/answer-rule.ts';
import type { NodeId } from '../../schemas/graph.ts';
import { followToLeaf } from '../collector/plan.ts';
import { readCollector, type CollectorReading } from '../collector/reading.ts';
import { indexTree, type TreeData, type TreeIndex } from '../tree/tree-data.ts';
import { treeOfError } from '../tree/error-tree.ts';
import { ANSWER_RULES } from './answer-rules.ts';
import { parseEvents } from './events.ts';
import { findFacts, type Fact } from './facts.ts';
import { splitLines, type Lines } from './lines.ts';
import { matchSignature, type CauseRules, type Hit, type Parsed } from './match.ts';
import { parseRegistry } from './registry.ts';
import { planWalk, type Plan } from './navigate.ts';
import { clearlyAhead, rankCandidates, WIN_LEAD, type Candidate } from './rank.ts';
import { settle, type Settled, type Settlement } from './settle.ts';

/** Longest paste read; the rest is ignored (and the diagnosis says so). */
export const MAX_INPUT = 2_000_000;
/** Most candidates the tree is steered between when none clearly wins. */
const MAX_TARGETS = 4;

/** What the matcher needs, serializable so an island can receive it as a prop. */
export interface DiagnoseData {
	/** Causes with their signatures. */
	readonly causes: readonly CauseRules[];
	/** The tree, as src/lib/tree/tree-data.ts builds it. */
	readonly tree: TreeData;
	/** The decoder index (/codes/decoder-index.json), once fetched; codes are not read without it. */
	readonly codes?: readonly CodeTableEntry[] | undefined;
	/** The errors, to name the one the paste shows; none named without them. */
	readonly errors?: readonly ErrorSummary[] | undefined;
}

/** Lookup tables built once. */
export interface DiagnoseIndex {
	readonly causes: readonly CauseRules[];
	readonly tree: TreeIndex;
	readonly rules: readonly AnswerRule[];
	/** The code tables, once loaded; without them codes are not read. */
	readonly codes: CodeTables | undefined;
	readonly errors: readonly ErrorSummary[];
}

/** Everything the paste showed. */
export interface Diagnosis {
	readonly lines: Lines;
	/** Whether the paste was longer than MAX_INPUT and cut. */
	readonly truncated: boolean;
	/** Number of events and registry values read. */
	readonly counts: { readonly events: number; readonly registryValues: number };
	readonly facts: readonly Fact[];
	/** Codes seen, each once, with their pages; the generic ones (0x904, 0x7) name no cause. */
	readonly codeFacts: readonly CodeFact[];
	/** Everything the recognizer found: codes, events, known sentences, client, languages. */
	readonly recognition: Recognition;
	/** The errors whose codes or sentences the paste shows, strongest first (src/lib/errors/match.ts). */
	readonly errors: readonly ErrorMatch[];
	/** Ranked candidates; empty when nothing matched. */
	readonly candidates: readonly Candidate[];
	/** Whether the first candidate clearly wins. */
	readonly clear: boolean;
	readonly settlement: Settlement;
	/** The error whose own tree the plan walks (the first of `errors`); undefined: the home tree. */
	readonly treeError: ErrorSummary | undefined;
	/** Where the tree opens and with which answers. */
	readonly plan: Plan;
	/** Settled answers to questions the walk does not reach (yet). */
	readonly alsoSettled: readonly Settled[];
	/** The collector block in the paste, if any (src/lib/collector). */
	readonly collector: CollectorReading | undefined;
}

/** Builds the lookup tables, with the code tables when the data carries the code index. */
export function indexDiagnoseData(
	data: DiagnoseData,
	rules: readonly AnswerRule[] = ANSWER_RULES,
): DiagnoseIndex {
	const codes = data.codes === undefined ? undefined : codeTables(data.codes);
	return {
		causes: data.causes,
		tree: indexTree(data.tree),
		rules,
		codes,
		errors: data.errors ?? [],
	};
}

/** The causes the tree is steered towards: the clear winner, or those close to the top. */
export function targetsOf(candidates: readonly Candidate[], clear: boolean): NodeId[] {
	const top = candidates[0];
	if (top === undefined) return [];
	if (clear) return [top.cause.id];
	return candidates
		.filter((c) => c.score >= top.score - WIN_LEAD)
		.slice(0, MAX_TARGETS)
		.map((c) => c.cause.id);
}

/** The ids of the sentences found that say only that something failed (no signature, no causes). */
function genericSentences(recognition: Recognition): Set<string> {
	const generic = recognition.sentences
		.map((m) => m.sentence)
		.filter((s) => s.signature === undefined && s.causes.length === 0);
	// Under the id matchErrors is given: a localized sentence's twin.
	return new Set(generic.map((s) => s.twin ?? s.id));
}

/** Diagnoses a paste. */
export function diagnose(input: string, index: DiagnoseIndex, now: Date): Diagnosis {
	const truncated = input.length > MAX_INPUT;
	const text = truncated ? input.slice(0, MAX_INPUT) : input;
	const lines = splitLines(text);
	const events = parseEvents(text, lines);
	// A collector block adds its events and registry values to what the signatures see.
	const collector = readCollector(lines);
	const block = collector?.type === 'read' ? collector : undefined;
	const parsed: Parsed = {
		lines,
		lower: lines.text.map((l) => l.toLowerCase()),
		events: block ? [...events, ...block.events] : events,
		registry: block ? [...parseRegistry(lines), ...block.registry] : parseRegistry(lines),
	};
	const hits = new Map<string, Hit>();
	for (const cause of index.causes) {
		for (const signature of cause.signatures) {
			if (hits.has(signature.id)) continue; // ids shared between causes name identical evidence (validated)
			const hit = matchSignature(signature, parsed, now);
			if (hit) hits.set(signature.id, hit);
		}
	}
	const recognition = recognizeParsed(text, lines, events, { codes: index.codes?.index });
	const derived = deriveEvidence(recognition, lines, index.codes?.about ?? new Map());
	for (const [id, hit] of derived.signatureHits) if (!hits.has(id)) hits.set(id, hit);
	const candidates = rankCandidates(index.causes, hits, derived.extra);
	const clear = candidates[0] !== undefined && clearlyAhead(candidates[0], candidates[1]);
	const facts = block
		? [...findFacts(lines, parsed.events), ...block.facts].sort((a, b) => a.line - b.line)
		: findFacts(lines, events);
	const settlement = settle(index.rules, new Set(hits.keys()), facts);
	const errors = matchErrors(
		index.errors,
		derived.codeFacts.map((c) => c.id),
		// A localized sentence names the errors of its English twin.
		recognition.sentences.map((m) => m.sentence.twin ?? m.sentence.id),
		{
			generic: genericSentences(recognition),
			// 0x0 ("no further code", as in "Extended error code: 0x0") names nothing.
			codeShown: derived.codeFacts.some((c) => c.hex !== '0x0'),
		},
	);
	// The tree goes on in the error the paste shows: its own questions, from its own start. Not for
	// collector output: it reads the host, not the dialog the person saw, and its answer rules are
	// for the home tree's questions.
	const tree = block ? index.tree : treeOfError(index.tree, errors[0]?.error);
	const treeError = tree === index.tree ? undefined : errors[0]?.error;
	const planned = planWalk(tree, settlement.answers, targetsOf(candidates, clear));
	const plan = block ? followToLeaf(tree, settlement.answers, planned) : planned;
	const onWalk = new Set(plan.steps.map((s) => s.at));
	const alsoSettled = [...settlement.answers.values()].filter((s) => !onWalk.has(s.question));
	return {
		lines,
		truncated,
		counts: { events: parsed.events.length, registryValues: parsed.registry.length },
		facts,
		codeFacts: derived.codeFacts,
		recognition,
		errors,
		candidates,
		clear,
		settlement,
		treeError,
		plan,
		alsoSettled,
		collector,
	};
}

import { z } from 'astro/zod';
import { platformSchema, sideSchema, sourceSchema } from './page-frontmatter.ts';
import { signatureSchema } from './signature.ts';

/** Kebab-case id of a graph node, unique across the graph; causes use their guide slug. */
export const nodeIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case node id');
export type NodeId = z.infer<typeof nodeIdSchema>;

/** Where the check is run, which decides who can answer it. */
export const checkPlaceSchema = z.enum([
	'client',
	'client-network',
	'host',
	'broker',
	'azure-portal',
	'dialog',
]);

/** One read-only command a person copies and runs. */
export const commandSchema = z.object({
	/** The shell it runs in; drives the label and the syntax of the code block. */
	lang: z.enum(['powershell', 'cmd']),
	/** The exact command line; placeholders in angle brackets, e.g. `<host>`. */
	code: z.string().min(2),
});
export type Command = z.infer<typeof commandSchema>;

/** How to answer a question: where, with which read-only commands, and how to read the result. */
export const checkSchema = z.object({
	/** Where the check runs. */
	where: checkPlaceSchema,
	/** One or two sentences: what to open or run, and with what rights. */
	how: z.string().min(10),
	/** Read-only commands, in the order to run them; empty when the check is a place to look. */
	commands: z.array(commandSchema).default([]),
	/** How to read the output: what means yes, what means no. */
	read: z.string().min(10),
});

/** A yes/no question with its check and where each answer leads (a question or an outcome). */
export const questionNodeSchema = z.object({
	type: z.literal('question'),
	/** Node id. */
	id: nodeIdSchema,
	/** The question as a person reads it. */
	text: z.string().min(10),
	/** How to check. */
	check: checkSchema,
	/** Next node when the answer is yes. */
	yes: nodeIdSchema,
	/** Next node when the answer is no. */
	no: nodeIdSchema,
	/** Next node when the person is not sure or cannot run the check. */
	unsure: nodeIdSchema,
});
export type QuestionNode = z.infer<typeof questionNodeSchema>;

/** A root cause; its id equals the slug of its guide (`guides/<id>`). */
export const causeNodeSchema = z.object({
	type: z.literal('cause'),
	/** Node id, equal to the guide's file name. */
	id: nodeIdSchema,
	/** Short title as the outcome shows it. */
	title: z.string().min(5),
	/** One-line summary of the cause. */
	summary: z.string().min(20),
	/** Docs collection id of the guide that fixes it, always `guides/<id>`. */
	guide: z.string().regex(/^guides\/[a-z0-9-]+$/, 'a guide slug such as guides/certificate'),
	/** Where the cause lives. */
	side: z.array(sideSchema).min(1),
	/** Where the host runs. */
	platform: z.array(platformSchema).min(1),
	/** Evidence that points at this cause, for paste-to-diagnose. */
	signatures: z.array(signatureSchema).min(1),
});
export type CauseNode = z.infer<typeof causeNodeSchema>;

/** A leaf that names a cause, with what the answers showed and where to go when the fix fails. */
export const outcomeNodeSchema = z.object({
	type: z.literal('outcome'),
	/** Node id. */
	id: nodeIdSchema,
	/** Id of the cause node this outcome names. */
	cause: nodeIdSchema,
	/** One sentence: what the answers on the way here established. */
	finding: z.string().min(10),
	/** Where to continue when the guide's fix did not help; must lead forward (see validate.ts). */
	notFixed: nodeIdSchema,
});
export type OutcomeNode = z.infer<typeof outcomeNodeSchema>;

/** The leaf reached when no known cause matched: what to collect and where to get help. */
export const unmatchedNodeSchema = z.object({
	type: z.literal('unmatched'),
	/** Node id. */
	id: nodeIdSchema,
	/** One sentence on what it means to land here. */
	finding: z.string().min(10),
	/** Evidence to gather before asking for help, each with its read-only command when there is one. */
	collect: z.array(z.object({ what: z.string().min(5), command: commandSchema.optional() })).min(1),
	/** Where to get help, with links. */
	help: z
		.array(z.object({ title: z.string().min(3), url: z.url({ protocol: /^https?$/ }) }))
		.min(1),
});
export type UnmatchedNode = z.infer<typeof unmatchedNodeSchema>;

/** A code a client shows with an error, as `<family>/<hex>` (the code pages' id, e.g. `disconnect/0x204`). */
export const codeRefSchema = z
	.string()
	.regex(/^[a-z]+\/0x[0-9a-f]+$/, 'a code id such as disconnect/0x904');

/**
 * An error a person sees (a dialog, a code): an entry point into the graph with its own tree.
 * Its page is `/errors/<id without "error-">/`. Causes are shared between errors: one guide per
 * root cause, reached from every error it explains.
 */
export const errorNodeSchema = z.object({
	type: z.literal('error'),
	/** Node id, `error-<slug>`; the slug is the page's URL segment and never changes once published. */
	id: nodeIdSchema.regex(/^error-/, 'an error id starts with "error-" (error-0x204)'),
	/** Name as its page and the tree's summary show it, e.g. "Error 0x204: Remote Desktop can't reach…". */
	title: z.string().min(5),
	/**
	 * Short name for compact lists (the sidebar, the home page's list), at most 28 characters: the
	 * code or the words people search. Starlight writes the sidebar into every page, so each label
	 * costs every page's bytes.
	 */
	label: z.string().min(3).max(28),
	/** One or two sentences: what the error means, in our words. */
	summary: z.string().min(20),
	/** The dialog and log texts a person sees, as the clients print them (English), for the page. */
	dialogs: z.array(z.string().min(5)).min(1),
	/** Codes the clients show with it (`<family>/<hex>`), each of which must have a code page. */
	codes: z.array(codeRefSchema).default([]),
	/**
	 * Ids of the recognizer's sentences (src/lib/recognize/*-sentences.ts) that identify this error
	 * in a paste; a unit test checks each exists.
	 */
	sentences: z.array(z.string().min(2)).default([]),
	/** Id of the first question of this error's tree. */
	start: nodeIdSchema,
	/** Ids of its causes, most common first; each must be named by an outcome of its tree. */
	causes: z.array(nodeIdSchema).min(1),
	/**
	 * Whether the home page's "Seeing a different error?" line names it; default (absent): yes.
	 * `false` keeps an error to the /errors/ index and the sidebar, because the home page has a
	 * byte budget and every name there costs it (src/components/OtherErrors.astro).
	 */
	onHomePage: z.boolean().optional(),
	/** Where the error's meaning and causes come from; at least one Microsoft document. */
	sources: z
		.array(sourceSchema)
		.min(1)
		.refine((list) => list.some((s) => s.publisher === 'microsoft' || s.publisher === 'spec'), {
			error: 'an error cites at least one Microsoft document or specification',
		}),
});
export type ErrorNode = z.infer<typeof errorNodeSchema>;

/** Any node of the knowledge graph, discriminated on `type`. */
export const graphNodeSchema = z.discriminatedUnion('type', [
	questionNodeSchema,
	causeNodeSchema,
	outcomeNodeSchema,
	unmatchedNodeSchema,
	errorNodeSchema,
]);
export type GraphNode = z.infer<typeof graphNodeSchema>;

/** A node a walk can stand on: questions and leaves (causes are only named by outcomes, errors only start walks). */
export type StepNode = QuestionNode | OutcomeNode | UnmatchedNode;

/** One JSON file of src/content/graph/: some nodes, and in exactly one file the start node. */
export const graphPartSchema = z.object({
	/** Id of the first question; set in exactly one file. */
	start: nodeIdSchema.optional(),
	/** The nodes this file holds. */
	nodes: z.array(graphNodeSchema),
});
export type GraphPart = z.infer<typeof graphPartSchema>;

/**
 * What the content collection accepts from a graph file: only its outline. The nodes are checked
 * against `graphPartSchema` by src/lib/graph/check-files.ts, whose messages name each node by its id
 * (Astro's own schema error would only say "nodes.3.no").
 */
export const graphFileSchema = z.object({
	start: z.unknown().optional(),
	nodes: z.array(z.unknown()),
});

/**
 * The whole graph as the validator and the tree see it: the files' parts merged, every node sorted
 * by id, `start` undefined when no file declares it (a validation error). Same shape as a part.
 */
export type Graph = GraphPart;

import { z } from 'astro/zod';
import { nodeIdSchema } from './graph.ts';
import { COLLECTOR_FACT_IDS } from '../lib/collector/fact-ids.ts';

/**
 * Observations about a paste that settle a tree question without pointing at a cause (a
 * successful port test, the generic 0x904 dialog). Causes are only ever matched by signatures.
 * The `collector-` facts come from the collector's block (src/lib/collector/facts.ts).
 */
export const factIdSchema = z.enum([
	'tnc-tcp-succeeded',
	'dialog-0x904',
	'client-1026-reason-2308',
	'lsm-40-reason-7',
	'qwinsta-rdp-listen',
	'gateway-error-name',
	...COLLECTOR_FACT_IDS,
]);
export type FactId = z.infer<typeof factIdSchema>;

/** What settles an answer: a signature of the graph that matched, or a fact that was observed. */
export const answerSourceSchema = z.discriminatedUnion('type', [
	z.object({
		type: z.literal('signature'),
		/** Signature id from src/content/graph/causes.json. */
		id: z.string().min(2),
	}),
	z.object({
		type: z.literal('fact'),
		/** One of the fact ids above. */
		id: factIdSchema,
	}),
]);
export type AnswerSource = z.infer<typeof answerSourceSchema>;

/** One rule: when the source is in the paste, the question's answer is known. */
export const answerRuleSchema = z.object({
	/** The evidence that settles the question. */
	when: answerSourceSchema,
	/** Id of a question node of the graph. */
	question: nodeIdSchema,
	/** The answer the evidence gives; never `unsure`, which is what the absence of evidence means. */
	answer: z.enum(['yes', 'no']),
	/** One line for the reader: why this evidence answers the question. */
	why: z.string().min(10),
});
export type AnswerRule = z.infer<typeof answerRuleSchema>;

/**
 * Small typed graph nodes for unit tests that build a tree by hand: a question whose check is a
 * placeholder, an outcome naming its cause, and an unmatched end.
 */
import type { StepNode } from '../../src/schemas/graph.ts';

const check = {
	where: 'host' as const,
	how: 'Look at the host.',
	commands: [],
	read: 'Yes or no.',
};

/** A question leading to `yes`, `no` and `unsure` (which defaults to `no`). */
export const question = (id: string, yes: string, no: string, unsure = no): StepNode => ({
	type: 'question',
	id,
	text: `Question ${id}?`,
	check,
	yes,
	no,
	unsure,
});

/** An outcome naming `cause`, whose "did not fix it" leads to `notFixed`. */
export const outcome = (id: string, cause: string, notFixed: string): StepNode => ({
	type: 'outcome',
	id,
	cause,
	finding: `The answers point to ${cause}.`,
	notFixed,
});

/** The end where no cause matched. */
export const unmatched = (id: string): StepNode => ({
	type: 'unmatched',
	id,
	finding: 'Nothing matched.',
	collect: [{ what: 'The logs' }],
	help: [{ title: 'Help', url: 'https://example.com/' }],
});

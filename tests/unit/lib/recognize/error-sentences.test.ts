import { describe, expect, it } from 'vitest';
import { recognize } from '../../../../src/lib/recognize/recognize.ts';
import { SENTENCES } from '../../../../src/lib/recognize/sentence-list.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';

/** Each error of the graph names the recognizer's sentences for it, and its dialogs are read as those. */
const errors = loadRealGraph().nodes.flatMap((n) => (n.type === 'error' ? [n] : []));
const known = new Set(SENTENCES.map((s) => s.id));
const dialogs = errors.flatMap((e) =>
	e.dialogs.map((dialog) => ({ id: e.id, dialog, sentences: e.sentences })),
);

describe("the errors' recognizer sentences", () => {
	it.each(errors.map((e) => [e.id, e.sentences] as const))(
		'%s names only sentences the recognizer has',
		(_id, ids) => {
			expect(ids.filter((id) => !known.has(id))).toEqual([]);
		},
	);

	it.each(dialogs)(
		'$id: "$dialog" is recognised as one of its own sentences',
		({ dialog, sentences }) => {
			const found = recognize(dialog.replace(/<[a-z]+>/g, 'rds01.example.com'), {}).sentences.map(
				(m) => m.sentence.id,
			);
			expect(found.filter((id) => sentences.includes(id))).not.toEqual([]);
		},
	);
});

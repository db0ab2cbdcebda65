// Errors: for each error of the built site (dist/tree/data.json), the questions a person answers
// before its tree names each of its causes (the fewest over every way there, "did not fix it"
// costing none: src/lib/tree/cause-depth.ts), as the mean and the worst over its causes. An error
// is flagged when its mean is 6 or more, its worst above 16 (the graph's depth bound), or one of
// its causes is not reached. Counted on the graph, so one run is exact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	causeDepths,
	MEAN_LIMIT,
	summarizeDepths,
	WORST_LIMIT,
} from '../../src/lib/tree/cause-depth.ts';
import { indexTree, startingAt } from '../../src/lib/tree/tree-data.ts';

export async function run(ctx) {
	const dist = process.env.DIST_DIR ?? 'dist';
	const bundle = JSON.parse(readFileSync(join(ctx.root, dist, 'tree/data.json'), 'utf8'));
	const figures = [];
	const flagged = [];
	for (const error of bundle.errors) {
		const data = startingAt(bundle.tree, error.start);
		if (data === undefined)
			throw new Error(`${error.id}: its start "${error.start}" is not a question`);
		const summary = summarizeDepths(causeDepths(indexTree(data), error.causes));
		const per = summary.causes.map((d) => `${d.cause} ${d.questions ?? 'not reached'}`).join(', ');
		const flag = summary.flagged ? 'FLAGGED. ' : '';
		if (summary.flagged) flagged.push(error.id);
		figures.push(
			{
				name: `${error.id}: mean questions to a cause`,
				value: Number(summary.mean.toFixed(2)),
				unit: 'questions',
				target: `< ${MEAN_LIMIT}`,
				note: `${flag}${summary.causes.length} causes, most common first: ${per}`,
			},
			{
				name: `${error.id}: worst questions to a cause`,
				value: summary.worst,
				unit: 'questions',
				target: `<= ${WORST_LIMIT}`,
			},
		);
	}
	figures.push({
		name: 'errors flagged',
		value: flagged.length,
		unit: 'errors',
		target: 0,
		note: flagged.length > 0 ? flagged.join(', ') : `all ${bundle.errors.length} within the limits`,
	});
	return { title: 'Errors: questions to reach each cause', figures };
}

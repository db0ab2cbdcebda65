import type { PasteDiagnoseModel } from './model.ts';

/** The error the paste shows (src/lib/errors/match.ts), with a link to its page. */
export function ShownError({ model }: { model: PasteDiagnoseModel }) {
	const match = model.diagnosis?.errors[0];
	if (match === undefined) return null;
	return (
		<p class="pd-error">
			The text shows <a href={model.errorHref(match.error.id)}>{match.error.title}</a>: its page
			lists this error's causes, most common first, and asks the questions that find yours.
		</p>
	);
}

import { NOT_IN_TABLES } from '../../../lib/codes/spellings.ts';
import type { PasteDiagnoseModel } from './model.ts';
import { shownCode } from './summary.ts';

/** The error the paste shows (src/lib/errors/match.ts), or else its code, with a link to its page. */
export function ShownError({ model }: { model: PasteDiagnoseModel }) {
	const d = model.diagnosis;
	const match = d?.errors[0];
	if (match !== undefined)
		return (
			<p class="pd-error">
				The text shows <a href={model.errorHref(match.error.id)}>{match.error.title}</a>: its page
				lists this error's causes, most common first, and asks the questions that find yours.
			</p>
		);
	const code = d === undefined ? undefined : shownCode(d);
	if (code === undefined) return null;
	return (
		<p class="pd-error">
			The text shows{' '}
			<a href={model.codeHref(code.id)}>
				{code.label} {code.hex}
			</a>
			{code.family === NOT_IN_TABLES
				? ', a code that is not in our tables: that page says how to find out what it means.'
				: ': its page says what is known of it. None of the errors this site covers has this code.'}
		</p>
	);
}

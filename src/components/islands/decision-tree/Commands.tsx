import type { Command } from '../../../schemas/graph.ts';
import type { DecisionTreeModel } from './model.ts';

const SHELL: Record<Command['lang'], string> = { powershell: 'PowerShell', cmd: 'Command Prompt' };

/** Commands as code blocks, each with its own copy button (Expressive Code does not run in islands). */
export function Commands({
	commands,
	keyPrefix,
	model,
}: {
	commands: readonly Command[];
	keyPrefix: string;
	model: DecisionTreeModel;
}) {
	if (commands.length === 0) return null;
	return (
		<ol class="dt-commands">
			{commands.map((command, i) => {
				const key = `${keyPrefix}-${i}`;
				const done = model.copied === key;
				return (
					<li key={key} class="dt-command">
						<div class="dt-command-head">
							<span>{SHELL[command.lang]}</span>
							<button
								type="button"
								class="dt-copy"
								aria-label={
									done
										? `Copied ${SHELL[command.lang]} command ${i + 1}`
										: `Copy ${SHELL[command.lang]} command ${i + 1}`
								}
								onClick={() => void model.copy(key, command.code, 'Command')}
								disabled={!model.hydrated}
							>
								{done ? 'Copied' : 'Copy'}
							</button>
						</div>
						<pre class="dt-code">
							<code>{command.code}</code>
						</pre>
					</li>
				);
			})}
		</ol>
	);
}

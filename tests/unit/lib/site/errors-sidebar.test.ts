import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorsSidebarGroup, ERRORS_INDEX_LINK } from '../../../../src/lib/site/errors-sidebar.ts';
import { errorPath, orderedErrors } from '../../../../src/lib/errors/errors.ts';
import { loadRealGraph } from '../../../support/real-graph.ts';

const source = { title: 'Doc', url: 'https://learn.microsoft.com/x', publisher: 'microsoft' };
const error = (id: string, title: string, start: string) => ({
	type: 'error',
	id,
	title,
	label: title.replace(/^Error /, '').slice(0, 12),
	summary: 'A summary long enough for the schema.',
	dialogs: ['A dialog'],
	start,
	causes: ['certificate'],
	sources: [source],
});

describe('errorsSidebarGroup', () => {
	it('links the list, then each error by its short label, the home page error first', () => {
		const group = errorsSidebarGroup([
			{ nodes: [error('error-0x204', "Error 0x204: can't reach the PC", 'port-open')] },
			{ start: 'gateway', nodes: [error('error-0x904-0x7', 'Error 0x904 with 0x7', 'gateway')] },
		]);
		expect(group).toEqual({
			label: 'Errors',
			items: [
				{ label: 'All 2 errors', link: ERRORS_INDEX_LINK },
				{ label: '0x904 with 0', link: '/errors/0x904-0x7/' },
				{ label: "0x204: can't", link: '/errors/0x204/' },
			],
		});
	});

	it('skips a file that is not a graph part, instead of failing the config', () => {
		expect(errorsSidebarGroup([{ nodes: 'oops' }, null]).items).toEqual([
			{ label: 'All 0 errors', link: ERRORS_INDEX_LINK },
		]);
	});

	it('lists every error of the real graph files', () => {
		const dir = 'src/content/graph';
		const files = readdirSync(dir)
			.filter((f) => f.endsWith('.json'))
			.map((f): unknown => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));
		const graph = loadRealGraph();
		expect(errorsSidebarGroup(files).items.slice(1)).toEqual(
			orderedErrors(graph.nodes, graph.start).map((e) => ({
				label: e.label,
				link: `/${errorPath(e.id)}`,
			})),
		);
	});
});

// Bytes per page type (gzipped HTML, CSS and JavaScript loaded before interaction) and the
// total of a first visit to each. Bytes are deterministic: one run is the median.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight } from '../../src/lib/quality/page-weight.ts';
import { PAGE_TYPES } from '../../e2e/support/page-types.ts';

export async function run({ root }) {
	const dist = join(root, 'dist');
	const read = (path) => {
		const file = join(dist, decodeURI(path));
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	};
	const figures = [];
	for (const [type, path] of Object.entries(PAGE_TYPES)) {
		const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
		const w = pageWeight(`/${path}`, html, read);
		figures.push(
			{ name: `${type}: HTML`, value: w.html, unit: 'B gz' },
			{ name: `${type}: CSS`, value: w.css, unit: 'B gz' },
			{
				name: `${type}: JS before interaction`,
				value: w.js,
				unit: 'B gz',
				note: `${w.assets.filter((a) => a.endsWith('.js')).length} files`,
			},
			{ name: `${type}: first visit total`, value: w.html + w.css + w.js, unit: 'B gz' },
		);
	}
	return { title: 'Bytes per page type (gzip -9)', figures };
}

/** Reads MDX files from disk the way the build sees them: parsed frontmatter, body, page path. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { pagePathFromEntryId, splitFrontmatter } from '../../../../src/lib/guides/page-paths.ts';

export const DOCS_DIR = 'src/content/docs';

/** One MDX file: where it is, its page path, its frontmatter and body. */
export type MdxFile = {
	file: string;
	id: string;
	path: string;
	frontmatter: unknown;
	body: string;
};

/** Reads one MDX file; `id` is its path under `root` without the extension. */
export function readMdx(file: string, root: string): MdxFile {
	const { frontmatter, body } = splitFrontmatter(readFileSync(file, 'utf8'));
	const id = relative(root, file)
		.replace(/\\/g, '/')
		.replace(/\.mdx?$/, '');
	let data: unknown;
	try {
		data = parse(frontmatter);
	} catch (error) {
		throw new Error(`${file}: the frontmatter is not valid YAML: ${String(error)}`, {
			cause: error,
		});
	}
	return { file, id, path: pagePathFromEntryId(id), frontmatter: data, body };
}

/** Every MDX page of the docs collection, sorted by file name. */
export function readDocsPages(): MdxFile[] {
	const files = readdirSync(DOCS_DIR, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.mdx?$/.test(name))
		.sort();
	return files.map((name) => readMdx(join(DOCS_DIR, name), DOCS_DIR));
}

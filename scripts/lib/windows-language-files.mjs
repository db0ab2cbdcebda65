// Reads one language's text of a dump file (mstscax.dll.mui, KernelBase.dll.mui) from a clone of m417z/windows-language-files at the
// pinned commit (git show, so a bare clone works and the work tree's state does not matter).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DUMP_COMMIT, dumpPath } from '../../src/lib/recognize/string-table.ts';

/**
 * The .rc text (UTF-16 LE in the repository) of `file` in `language`, decoded. `dir` is a
 * clone, its .git folder, or a bare repository.
 * @param {string} dir
 * @param {string} language
 * @param {import('../../src/lib/recognize/string-table.ts').DumpFile} [file]
 * @returns {string}
 */
export function readDumpFile(dir, language, file = 'mstscax') {
	const gitDir = existsSync(join(dir, '.git')) ? join(dir, '.git') : dir;
	const bytes = execFileSync(
		'git',
		['--git-dir', gitDir, 'show', `${DUMP_COMMIT}:${dumpPath(language, file)}`],
		{ maxBuffer: 16 * 1024 * 1024 },
	);
	return new TextDecoder('utf-16le').decode(bytes).replace(/^\uFEFF/, '');
}

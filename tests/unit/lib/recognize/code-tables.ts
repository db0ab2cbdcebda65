/** The real code tables for tests, built as the island builds them: from the decoder index. */
import { codeTables, type CodeTables } from '../../../../src/lib/recognize/code-knowledge.ts';
import { index } from '../codes/data.ts';

export function realCodeTables(): CodeTables {
	return codeTables(index);
}

/** A collector fact in the making, and the one-fact list most checks return. */
import type { FactId } from '../../schemas/answer-rule.ts';
import type { Fact } from '../diagnose/facts.ts';

/** One fact as a list, so checks can return `[]` or `one(…)` alike. */
export const one = (id: FactId, line: number, what: string): Fact[] => [{ id, line, what }];

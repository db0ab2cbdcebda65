/**
 * The paste box's engine: the matcher, the tree continuation and the collector summary. Loaded
 * with a dynamic import when the island first needs it (with the causes' data), so the home page's
 * JavaScript before interaction stays within its budget (tests/dist/budgets.ts).
 */
export { diagnose, indexDiagnoseData } from '../../../lib/diagnose/diagnose.ts';
export { collectorSummary } from '../../../lib/collector/summary.ts';
export { continuationUrl } from './continue-in-tree.ts';

/**
 * Query once: the decision tree's data and index, built from the validated graph, and the
 * bundle the home-page islands fetch. Components that need them import these instead of
 * rebuilding them for every page.
 */
import { graph } from './graph.ts';
import { treeBundle as bundleOf, type TreeBundle } from '../lib/tree/tree-bundle.ts';
import { indexTree, type TreeData, type TreeIndex } from '../lib/tree/tree-data.ts';

export const treeBundle: TreeBundle = bundleOf(graph);
export const treeData: TreeData = treeBundle.tree;
export const treeIndex: TreeIndex = indexTree(treeData);

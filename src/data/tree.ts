/**
 * Query once: the decision tree's data and index, built from the validated graph. Components
 * that need them import these instead of rebuilding them for every page.
 */
import { graph } from './graph.ts';
import { indexTree, toTreeData, type TreeData, type TreeIndex } from '../lib/tree/tree-data.ts';

export const treeData: TreeData = toTreeData(graph);
export const treeIndex: TreeIndex = indexTree(treeData);

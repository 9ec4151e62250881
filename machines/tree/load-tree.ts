/**
 * Loading a tree: validated, copied and frozen once, then indexed by id. The engine works on the
 * frozen copy, so what was checked is what runs: a caller who changes their object afterwards
 * changes nothing until they give it again. `recommend`, `compileTree` and the element load what
 * they are given; a loaded tree given again is used as it is, without a second check.
 */
import { loadedIndex, registerLoaded, type LoadedTree, type TreeIndex } from './index-tree.js';
import { TreeValidationError } from './tree-problem.js';
import type { TreeDefinition } from './tree.types.js';
import { checkTree } from './validate-tree.js';

/** Checks any value as a tree: the loaded tree, or every problem. Never throws. */
export function loadTree(definition: unknown): LoadedTree {
  if (loadedIndex(definition)) return { tree: definition as TreeDefinition, problems: [] };
  const { problems, copy } = checkTree(definition);
  if (!copy) return { tree: undefined, problems };
  return { tree: registerLoaded(copy), problems: [] };
}

/** The loaded tree for `definition`; throws `TreeValidationError` with every problem if it is invalid. */
export function prepareTree(definition: TreeDefinition): TreeDefinition {
  const { tree, problems } = loadTree(definition);
  if (!tree) throw new TreeValidationError(problems);
  return tree;
}

/** The index of the loaded tree for `definition`; throws `TreeValidationError` if it is invalid. */
export function indexTree(definition: TreeDefinition): TreeIndex {
  return loadedIndex(prepareTree(definition))!;
}

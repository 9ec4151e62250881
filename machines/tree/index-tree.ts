/**
 * Loading a tree: validated, copied and frozen once, then indexed by id. The engine works on the
 * frozen copy, so what was checked is what runs: a caller who changes their object afterwards
 * changes nothing until they give it again. `recommend`, `compileTree` and the element load what
 * they are given; a loaded tree given again is used as it is, without a second check.
 */
import { TreeValidationError, type TreeProblem } from './tree-problem.js';
import type { OptionDefinition, OutcomeDefinition, QuestionDefinition, TreeDefinition } from './tree.types.js';
import { checkTree } from './validate-tree.js';

export interface TreeIndex {
  /** The loaded tree: a frozen copy of the definition that was checked. */
  readonly tree: TreeDefinition;
  readonly questions: ReadonlyMap<string, QuestionDefinition>;
  /** Options by question id, then option id. */
  readonly options: ReadonlyMap<string, ReadonlyMap<string, OptionDefinition>>;
  readonly outcomes: ReadonlyMap<string, OutcomeDefinition>;
  /** Priority of each outcome id: its position in `tree.outcomes`. */
  readonly outcomeRank: ReadonlyMap<string, number>;
}

/** The index of every loaded tree, keyed by the loaded (frozen) copy. */
const loaded = new WeakMap<object, TreeIndex>();

export type LoadedTree = { readonly tree: TreeDefinition; readonly problems: readonly [] } | { readonly tree: undefined; readonly problems: readonly TreeProblem[] };

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
}

function index(tree: TreeDefinition): TreeIndex {
  const questions = new Map(Object.entries(tree.questions));
  return {
    tree,
    questions,
    options: new Map([...questions].map(([id, q]) => [id, new Map(q.options.map((o) => [o.id, o]))] as const)),
    outcomes: new Map(tree.outcomes.map((o) => [o.id, o])),
    outcomeRank: new Map(tree.outcomes.map((o, i) => [o.id, i])),
  };
}

/** Checks any value as a tree: the loaded tree, or every problem. Never throws. */
export function loadTree(definition: unknown): LoadedTree {
  if (typeof definition === 'object' && definition !== null && loaded.has(definition)) return { tree: definition as TreeDefinition, problems: [] };
  const { problems, copy } = checkTree(definition);
  if (!copy) return { tree: undefined, problems };
  deepFreeze(copy);
  loaded.set(copy, index(copy));
  return { tree: copy, problems: [] };
}

/**
 * A tree shipped with the library, whose tests validate it: frozen and indexed as a loaded tree
 * without being checked again at run time, so a bundle that only uses shipped trees (the quiz)
 * leaves the validator out. Never for a tree a host gives.
 */
export function shippedTree(definition: TreeDefinition): TreeDefinition {
  deepFreeze(definition);
  loaded.set(definition, index(definition));
  return definition;
}

/** The loaded tree for `definition`; throws `TreeValidationError` with every problem if it is invalid. */
export function prepareTree(definition: TreeDefinition): TreeDefinition {
  const { tree, problems } = loadTree(definition);
  if (!tree) throw new TreeValidationError(problems);
  return tree;
}

/** The index of the loaded tree for `definition`; throws `TreeValidationError` if it is invalid. */
export function indexTree(definition: TreeDefinition): TreeIndex {
  return loaded.get(prepareTree(definition))!;
}

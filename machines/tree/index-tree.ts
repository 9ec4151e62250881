/**
 * The registry of loaded trees: each checked (load-tree.ts) or shipped tree, frozen, with its
 * index by id. Nothing here validates, so code that only works on loaded trees (the guide element
 * with the default tree) leaves the validator out of its bundle and loads it only for a host's
 * own tree.
 */
import { deepFreeze } from '../deep-freeze.js';
import type { TreeProblem } from './tree-problem.js';
import type { OptionDefinition, OutcomeDefinition, QuestionDefinition, TreeDefinition } from './tree.types.js';

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

/** Freezes a checked copy and indexes it: from now on it is a loaded tree. */
export function registerLoaded(copy: TreeDefinition): TreeDefinition {
  deepFreeze(copy);
  loaded.set(copy, index(copy));
  return copy;
}

/** The index of a loaded tree (checked or shipped), or `undefined` for any other value. */
export function loadedIndex(definition: unknown): TreeIndex | undefined {
  return typeof definition === 'object' && definition !== null ? loaded.get(definition) : undefined;
}

/**
 * A tree shipped with the library, whose tests validate it: frozen and indexed as a loaded tree
 * without being checked again at run time, so a bundle that only uses shipped trees (the quiz)
 * leaves the validator out. Never for a tree a host gives.
 */
export function shippedTree(definition: TreeDefinition): TreeDefinition {
  return registerLoaded(definition);
}

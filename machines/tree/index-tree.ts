/**
 * A validated tree with lookups by id, built once and shared by `recommend` and the compiled
 * machine. Building one validates the tree and throws `TreeValidationError` if it is invalid.
 */
import { TreeValidationError, type TreeProblem } from './tree-problem.js';
import type { OptionDefinition, OutcomeDefinition, QuestionDefinition, TreeDefinition } from './tree.types.js';
import { validateTree } from './validate-tree.js';

export interface TreeIndex {
  readonly tree: TreeDefinition;
  readonly questions: ReadonlyMap<string, QuestionDefinition>;
  /** Options by question id, then option id. */
  readonly options: ReadonlyMap<string, ReadonlyMap<string, OptionDefinition>>;
  readonly outcomes: ReadonlyMap<string, OutcomeDefinition>;
  /** Priority of each outcome id: its position in `tree.outcomes`. */
  readonly outcomeRank: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<object, TreeIndex>();
const problems = new WeakMap<object, readonly TreeProblem[]>();

/** `validateTree`, once per definition object (trees are treated as immutable data). */
export function treeProblems(definition: unknown): readonly TreeProblem[] {
  if (typeof definition !== 'object' || definition === null) return validateTree(definition);
  let found = problems.get(definition);
  if (!found) {
    found = validateTree(definition);
    problems.set(definition, found);
  }
  return found;
}

/** Validates `definition` (once per object) and indexes it; throws `TreeValidationError` if invalid. */
export function indexTree(definition: TreeDefinition): TreeIndex {
  const cached = indexes.get(definition);
  if (cached) return cached;
  const found = treeProblems(definition);
  if (found.length > 0) throw new TreeValidationError(found);
  const questions = new Map(Object.entries(definition.questions));
  const options = new Map([...questions].map(([id, q]) => [id, new Map(q.options.map((o) => [o.id, o]))] as const));
  const index: TreeIndex = {
    tree: definition,
    questions,
    options,
    outcomes: new Map(definition.outcomes.map((o) => [o.id, o])),
    outcomeRank: new Map(definition.outcomes.map((o, i) => [o.id, i])),
  };
  indexes.set(definition, index);
  return index;
}

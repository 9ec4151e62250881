/**
 * What the guide's `persist` keeps of a walk, and reading it back: the user's own answers, never
 * the presets (the page sets those again) and nothing else. Storage itself (sessionStorage, the
 * tree's id and version around the data) is the element's: src/persistence/.
 */
import { answersProblems } from '../answers/check-answers.js';
import type { GuideContext } from '../compile/guide.types.js';
import type { TreeIndex } from '../tree/index-tree.js';
import type { Answers } from '../tree/tree.types.js';

/** The answers to keep: the user's own, or `undefined` when there are none (nothing to store). */
export function answersToKeep(context: GuideContext): Answers | undefined {
  const own = Object.entries(context.answers).filter(([id]) => !Object.hasOwn(context.preset, id));
  return own.length === 0 ? undefined : Object.fromEntries(own);
}

/** Kept answers read back: `data` when it is answers that fit the tree, else `undefined` (dropped). */
export function readKeptAnswers(index: TreeIndex, data: unknown): Answers | undefined {
  return answersProblems(index, data).length === 0 ? (data as Answers) : undefined;
}

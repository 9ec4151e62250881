/**
 * The guide's opt-in resume: only the answers (checked against the tree when they come back)
 * under the tree's id and version. See session-store.ts.
 */
import { answersProblems, indexTree, type Answers, type TreeDefinition } from '../../machines/index.js';
import { clearStored, loadStored, saveStored } from './session-store.js';

/** The storage key for a tree and the host's `persist` value (one key per guide on a page). */
export function storageKey(tree: TreeDefinition, name: string): string {
  return `digituki-guide:${tree.id}${name ? `:${name}` : ''}`;
}

export function saveAnswers(key: string, tree: TreeDefinition, answers: Answers): void {
  saveStored(key, tree, answers);
}

export const clearAnswers = clearStored;

/** The stored answers if they are intact and fit this tree and version; otherwise drops them. */
export function loadAnswers(key: string, tree: TreeDefinition): Answers | undefined {
  const fits = (data: unknown): data is Answers => answersProblems(indexTree(tree), data).length === 0;
  return loadStored(key, tree, fits);
}

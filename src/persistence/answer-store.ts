/**
 * The guide's opt-in resume: only the answers (read back by the engine's readKeptAnswers, which
 * checks them against the tree) under the tree's id and version; saving and clearing are
 * session-store.ts's own.
 */
import { indexTree, readKeptAnswers, type Answers, type TreeDefinition } from '../../machines/index.js';
import { loadStored } from './session-store.js';

/** The storage key for a tree and the host's `persist` value (one key per guide on a page). */
export function storageKey(tree: TreeDefinition, name: string): string {
  return `digituki-guide:${tree.id}${name ? `:${name}` : ''}`;
}

/** The stored answers if they are intact and fit this tree and version; otherwise drops them. */
export function loadAnswers(key: string, tree: TreeDefinition): Answers | undefined {
  const fits = (data: unknown): data is Answers => readKeptAnswers(indexTree(tree), data) !== undefined;
  return loadStored(key, tree, fits);
}

/**
 * The guide's opt-in resume (`persist`): only the user's own answers (chosen and read back by the
 * engine's answersToKeep and readKeptAnswers, which check them against the tree) under the tree's
 * id and version, in sessionStorage through session-store.ts.
 */
import { answersToKeep, loadedIndex, readKeptAnswers, type Answers, type GuideContext, type TreeDefinition } from '../../machines/index.js';
import { clearStored, loadStored, saveStored } from './session-store.js';

/** The storage key for a tree and the host's `persist` value (one key per guide on a page); none when `persist` is off. */
function storageKey(tree: TreeDefinition, persist: string | null | undefined): string | undefined {
  return persist == null ? undefined : `digituki-guide:${tree.id}${persist ? `:${persist}` : ''}`;
}

/** The stored answers if they are intact and fit this tree and version; otherwise drops them. */
function loadAnswers(key: string, tree: TreeDefinition): Answers | undefined {
  const fits = (data: unknown): data is Answers => readKeptAnswers(loadedIndex(tree)!, data) !== undefined;
  return loadStored(key, tree, fits);
}

/**
 * One guide's `persist` over time: a key is read once (when the walk starts under it), the user's
 * own answers are saved after each step, removing `persist` deletes what was stored, and a
 * renamed key takes the walk along.
 */
export class AnswerStore {
  /** The key last read from: a walk under way is never replaced by what its own key holds. */
  private readKey: string | undefined;

  /** The answers stored under `persist`'s key, the first time a walk starts under that key. */
  resume(tree: TreeDefinition, persist: string | null | undefined): Answers | undefined {
    const key = storageKey(tree, persist);
    const first = key !== undefined && key !== this.readKey;
    this.readKey = key;
    return first ? loadAnswers(key, tree) : undefined;
  }

  /** Saves the walk's own answers under `persist`'s key, or clears the key when there are none. */
  save(tree: TreeDefinition, persist: string | null | undefined, context: GuideContext): void {
    const key = storageKey(tree, persist);
    if (key === undefined) return;
    const kept = answersToKeep(context);
    if (kept) saveStored(key, tree, kept);
    else clearStored(key);
  }

  /**
   * `persist` changed from `old`: what the old key holds is deleted; the walk is saved under the
   * new key. Returns true when the walk should start again instead, from what the new key holds
   * (the user has answered nothing yet and something is stored there).
   */
  renamed(tree: TreeDefinition, old: string | null | undefined, persist: string | null | undefined, context: GuideContext): boolean {
    const oldKey = storageKey(tree, old);
    const key = storageKey(tree, persist);
    if (oldKey !== undefined && oldKey !== key) clearStored(oldKey);
    if (key === undefined || key === this.readKey) return false;
    if (!answersToKeep(context) && loadAnswers(key, tree)) return true;
    this.readKey = key;
    this.save(tree, persist, context);
    return false;
  }
}

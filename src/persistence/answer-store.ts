/**
 * Opt-in resume (`persist`): only the answers and the tree's id and version, in sessionStorage.
 * What comes back is checked against the tree; corrupted, stale or foreign data is dropped
 * without bothering the user. Nothing is stored unless the host sets `persist`.
 */
import { answersProblems, indexTree, type Answers, type TreeDefinition } from '../../machines/index.js';

const FORMAT = 1;

interface StoredAnswers {
  readonly format: number;
  readonly tree: string;
  readonly version: string;
  readonly answers: Answers;
}

/** The storage key for a tree and the host's `persist` value (one key per guide on a page). */
export function storageKey(tree: TreeDefinition, name: string): string {
  return `digituki-guide:${tree.id}${name ? `:${name}` : ''}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // storage disabled (privacy settings, sandboxed frame)
  }
}

export function saveAnswers(key: string, tree: TreeDefinition, answers: Answers): void {
  const stored: StoredAnswers = { format: FORMAT, tree: tree.id, version: tree.version, answers };
  try {
    storage()?.setItem(key, JSON.stringify(stored));
  } catch {
    // Quota or disabled storage: resuming is a convenience, the guide works without it.
  }
}

export function clearAnswers(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // as above
  }
}

/** The stored answers if they are intact and fit this tree and version; otherwise drops them. */
export function loadAnswers(key: string, tree: TreeDefinition): Answers | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(key);
  } catch {
    return undefined;
  }
  if (raw == null) return undefined;
  try {
    const stored = JSON.parse(raw) as Partial<StoredAnswers> | null;
    if (
      stored?.format === FORMAT &&
      stored.tree === tree.id &&
      stored.version === tree.version &&
      answersProblems(indexTree(tree), stored.answers).length === 0
    ) {
      return stored.answers;
    }
  } catch {
    // not JSON: fall through and drop it
  }
  clearAnswers(key);
  return undefined;
}

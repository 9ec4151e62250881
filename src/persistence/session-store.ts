/**
 * Opt-in resume (`persist`) for the elements: one JSON entry in sessionStorage, stamped with the
 * tree's id and version. What comes back is checked by the caller's guard; corrupted, stale or
 * foreign data is dropped without bothering the user. Nothing is stored unless the host asks.
 */
import type { TreeDefinition } from '../../machines/index.js';

const FORMAT = 1;

interface Stored<T> {
  readonly format: number;
  readonly tree: string;
  readonly version: string;
  readonly data: T;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // storage disabled (privacy settings, sandboxed frame)
  }
}

export function saveStored<T>(key: string, tree: TreeDefinition, data: T): void {
  const stored: Stored<T> = { format: FORMAT, tree: tree.id, version: tree.version, data };
  try {
    storage()?.setItem(key, JSON.stringify(stored));
  } catch {
    // Quota or disabled storage: resuming is a convenience, the element works without it.
  }
}

export function clearStored(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // as above
  }
}

/** The stored data if it is intact, for this tree and version, and passes `valid`; otherwise drops it. */
export function loadStored<T>(key: string, tree: TreeDefinition, valid: (data: unknown) => data is T): T | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(key);
  } catch {
    return undefined;
  }
  if (raw == null) return undefined;
  try {
    const stored = JSON.parse(raw) as Partial<Stored<unknown>> | null;
    if (stored?.format === FORMAT && stored.tree === tree.id && stored.version === tree.version && valid(stored.data)) return stored.data;
  } catch {
    // not JSON: fall through and drop it
  }
  clearStored(key);
  return undefined;
}

/**
 * The quiz's opt-in resume (`persist`): the attempt as the engine's storedAttempt keeps it (how to
 * draw it again and the answers), under the tree's id and version, in sessionStorage through
 * session-store.ts; read back by the engine's parseStoredAttempt, which drops what no longer fits.
 */
import { parseStoredAttempt, storedAttempt, type QuizContext, type QuizItem, type ResumedAttempt, type StoredAttempt, type TreeDefinition } from '../../machines/index.js';
import { clearStored, loadStored, saveStored } from './session-store.js';

export class AttemptStore {
  constructor(
    private readonly tree: TreeDefinition,
    private readonly pool: readonly QuizItem[],
  ) {}

  /** The storage key for the host's `persist` value; none when `persist` is off. */
  key(persist: string | null | undefined): string | undefined {
    return persist == null ? undefined : `digituki-quiz:${this.tree.id}${persist ? `:${persist}` : ''}`;
  }

  /** The attempt stored under `persist`'s key if it is intact and still fits the bank; otherwise it is dropped. */
  resume(persist: string | null | undefined): ResumedAttempt | undefined {
    const key = this.key(persist);
    if (key === undefined) return undefined;
    let resumed: ResumedAttempt | undefined;
    loadStored(key, this.tree, (data): data is StoredAttempt => (resumed = parseStoredAttempt(data, this.pool)) !== undefined);
    return resumed;
  }

  save(persist: string | null | undefined, context: QuizContext, seed: string): void {
    const key = this.key(persist);
    if (key !== undefined) saveStored(key, this.tree, storedAttempt(context, seed));
  }

  clear(persist: string | null | undefined): void {
    const key = this.key(persist);
    if (key !== undefined) clearStored(key);
  }
}

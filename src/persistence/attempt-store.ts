/**
 * The quiz's opt-in resume (`persist`): the attempt as the engine's storedAttempt keeps it (how to
 * draw it again and the answers), under the tree's id and version, in sessionStorage through
 * session-store.ts; read back by the engine's parseStoredAttempt, which drops what no longer fits.
 */
import { parseStoredAttempt, storedAttempt, type QuizContext, type QuizSettings, type ResumedAttempt, type ScenarioBank, type StoredAttempt, type TreeDefinition } from '../../machines/index.js';
import { clearStored, loadStored, saveStored } from './session-store.js';

export class AttemptStore {
  constructor(
    private readonly tree: TreeDefinition,
    private readonly bank: ScenarioBank,
  ) {}

  /** The storage key for the host's `persist` value; none when `persist` is off. */
  key(persist: string | null | undefined): string | undefined {
    return persist == null ? undefined : `digituki-quiz:${this.tree.id}${persist ? `:${persist}` : ''}`;
  }

  /** The attempt stored under `persist`'s key if it is intact and fits the bank and the page's settings; otherwise it is dropped. */
  resume(persist: string | null | undefined, settings: QuizSettings): ResumedAttempt | undefined {
    const key = this.key(persist);
    if (key === undefined) return undefined;
    let resumed: ResumedAttempt | undefined;
    loadStored(key, this.tree, (data): data is StoredAttempt => (resumed = parseStoredAttempt(data, this.tree, this.bank, settings)) !== undefined);
    return resumed;
  }

  /** Stores attempt `attempt` of `seed` as the machine's `context` has it. */
  save(persist: string | null | undefined, context: QuizContext, seed: string, attempt: number): void {
    const key = this.key(persist);
    if (key !== undefined) saveStored(key, this.tree, storedAttempt(context, { bankVersion: this.bank.version, seed, attempt }));
  }

  clear(persist: string | null | undefined): void {
    const key = this.key(persist);
    if (key !== undefined) clearStored(key);
  }
}

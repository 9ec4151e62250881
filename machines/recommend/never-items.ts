/**
 * Which of an outcome's "never" items a walk shows: each one always, or only when its condition
 * on the answers holds, so an item is shown only where it can happen ("do not advise on banking"
 * for a bank's matter, not for Kela's). The one place the guide, the review documents and the
 * tests decide it.
 */
import type { Answers, OutcomeDefinition, OutcomeNever } from '../tree/tree.types.js';
import { entryApplies } from './entry-applies.js';

/** The catalogue id of an entry of an outcome's `never`. */
export const neverId = (entry: OutcomeNever): string => (typeof entry === 'string' ? entry : entry.never);

/** The "never" item ids `outcome` shows for a walk through `path` with `answers`, in the outcome's order. */
export function applicableNever(outcome: OutcomeDefinition, path: readonly string[], answers: Answers): string[] {
  const onPath = new Set(path);
  return (outcome.never ?? []).filter((entry) => entryApplies(entry, onPath, answers)).map(neverId);
}

/**
 * Whether an entry of an outcome's lists applies to a walk: a plain id always; an entry with
 * conditions (a referral, a "never" item) when its `when` holds and its `unless` does not.
 */
import type { AnswerCondition, Answers } from '../tree/tree.types.js';
import { conditionHolds } from './collect-outcomes.js';

type Entry = string | { readonly when?: AnswerCondition; readonly unless?: AnswerCondition };

export function entryApplies(entry: Entry, onPath: ReadonlySet<string>, answers: Answers): boolean {
  return typeof entry === 'string' || ((!entry.when || conditionHolds(entry.when, onPath, answers)) && !(entry.unless && conditionHolds(entry.unless, onPath, answers)));
}

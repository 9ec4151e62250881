/**
 * Which of an outcome's referrals a walk suggests: each one always, or only when its condition
 * on the answers holds (the customer's bank for a bank's service, not for Kela's). The one place
 * the guide, the hand-over summary and the tests decide it.
 */
import type { Answers, OutcomeDefinition, OutcomeReferral } from '../tree/tree.types.js';
import { entryApplies } from './entry-applies.js';

/** The referral id of an entry of an outcome's `referrals`. */
export const referralId = (entry: OutcomeReferral): string => (typeof entry === 'string' ? entry : entry.referral);

/** The referral ids `outcome` suggests for a walk through `path` with `answers`, in the outcome's order. */
export function applicableReferrals(outcome: OutcomeDefinition, path: readonly string[], answers: Answers): string[] {
  const onPath = new Set(path);
  return (outcome.referrals ?? []).filter((entry) => entryApplies(entry, onPath, answers)).map(referralId);
}

/**
 * An outcome's action line and customer text for a walk: the first of its variants whose
 * condition on the answers holds gives the fields it has, the outcome's own text the rest. The
 * one place the guide, the customer view, the hand-over summary and the tests decide it.
 */
import { entryApplies } from '../recommend/entry-applies.js';
import type { Answers, OutcomeDefinition, TreeDefinition } from '../tree/tree.types.js';

export interface OutcomeReading {
  readonly action: string;
  readonly customer: string | undefined;
  /** The variant used, if any. */
  readonly variant: string | undefined;
}

export function outcomeReading(tree: TreeDefinition, outcome: OutcomeDefinition, locale: string, path: readonly string[], answers: Answers): OutcomeReading {
  const text = tree.text[locale]!.outcomes[outcome.id]!;
  const onPath = new Set(path);
  const variant = (outcome.variants ?? []).find((v) => entryApplies(v, onPath, answers));
  const own = variant ? text.variants?.[variant.id] : undefined;
  return { action: own?.action ?? text.action, customer: own?.customer ?? text.customer, variant: variant?.id };
}

/**
 * What the supporter can show the customer: the recommended courses' customer texts (plain
 * language, nothing internal) in a language chosen apart from the supporter's. `undefined` for a
 * tree without customer texts: the guide then offers no customer view.
 */
import type { GuideContext } from '../compile/guide.types.js';
import type { TreeIndex } from '../tree/index-tree.js';
import { outcomeReading } from './outcome-reading.js';

export interface CustomerView {
  /** The locale the texts are in. */
  readonly locale: string;
  /** One text per recommended course of action, primary first. */
  readonly texts: readonly { readonly outcomeId: string; readonly text: string }[];
}

/** Whether the tree has customer texts (validateTree makes them all or nothing). */
export function hasCustomerTexts(index: TreeIndex): boolean {
  const first = index.tree.outcomes[0];
  return first !== undefined && index.tree.text[index.tree.locales[0]!]?.outcomes[first.id]?.customer !== undefined;
}

export function customerView(index: TreeIndex, context: GuideContext, locale: string): CustomerView | undefined {
  if (!hasCustomerTexts(index) || !index.tree.locales.includes(locale)) return undefined;
  return {
    locale,
    texts: context.recommendation.map((outcomeId) => ({ outcomeId, text: outcomeReading(index.tree, index.outcomes.get(outcomeId)!, locale, context.path, context.answers).customer! })),
  };
}

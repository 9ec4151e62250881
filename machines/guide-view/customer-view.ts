/**
 * What the supporter can show the customer: the recommended courses' customer texts (plain
 * language, nothing internal) in a language chosen apart from the supporter's, read as one: a
 * sentence an earlier text already said is not said again, and a text left with nothing new is
 * left out. `undefined` for a tree without customer texts: the guide then offers no customer view.
 */
import type { GuideContext } from '../compile/guide.types.js';
import type { TreeIndex } from '../tree/index-tree.js';
import { outcomeReading } from './outcome-reading.js';

export interface CustomerView {
  /** The locale the texts are in. */
  readonly locale: string;
  /** One text per recommended course of action with something new to say, primary first. */
  readonly texts: readonly { readonly outcomeId: string; readonly text: string }[];
}

/** Whether the tree has customer texts (validateTree makes them all or nothing). */
export function hasCustomerTexts(index: TreeIndex): boolean {
  const first = index.tree.outcomes[0];
  return first !== undefined && index.tree.text[index.tree.locales[0]!]?.outcomes[first.id]?.customer !== undefined;
}

/** A text's sentences: split after `.`, `!` or `?`, a space and a capital or a digit (so "e.g. a bank" stays whole). */
const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}])/u);

export function customerView(index: TreeIndex, context: GuideContext, locale: string): CustomerView | undefined {
  if (!hasCustomerTexts(index) || !index.tree.locales.includes(locale)) return undefined;
  const said = new Set<string>();
  const texts: { outcomeId: string; text: string }[] = [];
  for (const outcomeId of context.recommendation) {
    const reading = outcomeReading(index.tree, index.outcomes.get(outcomeId)!, locale, context.path, context.answers);
    const fresh = sentences(reading.customer!).filter((sentence) => !said.has(sentence));
    for (const sentence of fresh) said.add(sentence);
    if (fresh.length > 0) texts.push({ outcomeId, text: fresh.join(' ') });
  }
  return { locale, texts };
}

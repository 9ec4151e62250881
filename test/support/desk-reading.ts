/**
 * What a supporter reads at the desk on a path of the default tree, in words, as the guide shows
 * it (issue 16 item 8): "Do now" (each course's action line for the walk, the "First" badge when
 * there are several, the "our reading" marker) and the Never items shown at once (the critical
 * ones, rank 1); and the customer view. Shared by the Node test over every path and the layout
 * test in Chromium, which renders the longest.
 */
import { applicableNever, customerView, indexTree, outcomeReading, selected, type GuideContext, type TreePath } from '../../machines/index.js';
import { tree } from '../../machines/trees/digital-support/index.js';
import { catalogue } from '../../src/generated/guide/catalogue.js';

const index = indexTree(tree);

export const words = (text: string): number => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The UI's own words beside the content, in a locale: the badge and the marker. */
function uiWords(locale: string): { first: string; ourReading: string } {
  const strings = (catalogue as Record<string, Record<string, unknown>>)[locale];
  return { first: String(strings?.['ui.result.first'] ?? 'First'), ourReading: `(${String(strings?.['ui.result.inferred-short'] ?? 'our reading')})` };
}

/** Words of Do now and the Never items shown at once (rank 1) for a path, in a locale. */
export function deskWords(p: TreePath, locale: string): number {
  const { first, ourReading } = uiWords(locale);
  let count = p.outcomes.length > 1 ? words(first) : 0;
  for (const id of p.outcomes) {
    const outcome = index.outcomes.get(id)!;
    count += words(outcomeReading(tree, outcome, locale, p.path, p.answers).action);
    if (outcome.inferred) count += words(ourReading);
  }
  const never = new Set(p.outcomes.flatMap((id) => applicableNever(index.outcomes.get(id)!, p.path, p.answers)));
  for (const id of never) if (tree.never![id]!.rank === 1) count += words(tree.text[locale]!.never![id]!);
  return count;
}

/** Words of the customer view for a path, in a locale. */
export function customerWords(p: TreePath, locale: string): number {
  const context = { recommendation: p.outcomes, path: p.path, answers: p.answers } as unknown as GuideContext;
  return customerView(index, context, locale)!.texts.reduce((sum, t) => sum + words(t.text), 0);
}

/** How many circumstances a path's answers name ("none of these" is none). */
export const circumstances = (p: TreePath): number => selected(p.answers.circumstances).filter((id) => id !== 'none').length;

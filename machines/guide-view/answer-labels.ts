/**
 * An answer as people read it: the labels of the options it chose, in one locale, in the
 * question's order, joined by ", ". The one formatter for the guide's answer list, its "why", the
 * hand-over summary and the reviewers' path listing.
 */
import { selected } from '../answers/check-answers.js';
import type { AnswerValue, TreeText } from '../tree/tree.types.js';

export function answerLabels(text: TreeText, questionId: string, value: AnswerValue | undefined): string {
  const options = text.questions[questionId]!.options;
  return selected(value)
    .map((id) => options[id]!.label)
    .join(', ');
}

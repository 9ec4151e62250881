/** Routing: where a walk goes after an answer. The compiled machine encodes the same rule as guards. */
import type { QuestionDefinition, AnswerValue } from '../tree/tree.types.js';
import { selected } from '../answers/check-answers.js';

/**
 * The question after `question` given a valid answer, or `RESULT`. On a multi question the first
 * chosen option in declared order that has its own `next` wins; otherwise the question's `next`.
 */
export function nextAfter(question: QuestionDefinition, value: AnswerValue): string {
  const chosen = new Set(selected(value));
  const routed = question.options.find((o) => chosen.has(o.id) && o.next !== undefined);
  const next = routed?.next ?? question.next;
  // A validated tree has no dead ends, so `next` is always set here.
  return next!;
}

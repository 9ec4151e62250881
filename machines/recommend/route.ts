/**
 * Routing, the one rule every part of the engine walks by: the compiled machine's steps,
 * `recommend`, reachability and validation. An option leads to its own `next`, else to its
 * question's `next`; on a multi question the first chosen option (in declared order) with its
 * own `next` decides.
 */
import { selected } from '../answers/check-answers.js';
import type { AnswerValue } from '../tree/tree.types.js';

/** The routing fields of a question, as a definition or as validation reads one. */
interface Routed {
  readonly next?: string | undefined;
  readonly options: readonly { readonly id: string; readonly next?: string | undefined }[];
}

/** Where choosing `option` of `question` leads: a question id, `RESULT`, or nowhere (a dead end validation reports). */
export function optionTarget(question: Routed, option: Routed['options'][number]): string | undefined {
  return option.next ?? question.next;
}

/** The question after `question` given a valid answer, or `RESULT`. */
export function nextAfter(question: Routed, value: AnswerValue): string {
  const chosen = new Set(selected(value));
  const routed = question.options.find((o) => chosen.has(o.id) && o.next !== undefined);
  // A validated tree has no dead ends, so there is always a target here.
  return (routed ? optionTarget(question, routed) : question.next)!;
}

/** Every place an answer to `question` can lead (questions and `RESULT`), without duplicates. */
export function targets(question: Routed): Set<string> {
  const found = new Set<string>();
  for (const option of question.options) {
    const target = optionTarget(question, option);
    if (target !== undefined) found.add(target);
  }
  return found;
}

/**
 * `recommend(tree, answers)`: a pure walk from the start question through the given answers.
 * Answers to questions the walk does not reach are ignored; unknown ids are an error naming them.
 */
import { assertAnswers } from '../answers/check-answers.js';
import { indexTree } from '../tree/load-tree.js';
import { RESULT, type Answers, type TreeDefinition } from '../tree/tree.types.js';
import { collectOutcomes } from './collect-outcomes.js';
import { nextAfter } from './route.js';

export type Recommendation =
  | {
      readonly status: 'complete';
      /** Outcome ids, primary first. */
      readonly outcomes: readonly string[];
      /** The question ids the walk went through, in order. */
      readonly path: readonly string[];
    }
  | {
      readonly status: 'needs-answer';
      /** The first question on the walk that has no answer yet. */
      readonly question: string;
      readonly path: readonly string[];
    };

/**
 * Walks `tree` with `answers` (keyed by question id; multi answers as arrays). Throws
 * `TreeValidationError` for an invalid tree and `AnswerError` for unknown question or option ids.
 */
export function recommend(tree: TreeDefinition, answers: Answers): Recommendation {
  const index = indexTree(tree);
  assertAnswers(index, answers);
  const path: string[] = [];
  let current = index.tree.start;
  while (current !== RESULT) {
    const value = answers[current];
    if (value === undefined) return { status: 'needs-answer', question: current, path };
    path.push(current);
    current = nextAfter(index.questions.get(current)!, value);
  }
  return { status: 'complete', outcomes: collectOutcomes(index, path, answers), path };
}

/**
 * The policy: which outcomes a walk's answers add, in the tree's priority order, with
 * overriding outcomes (a stop such as suspected fraud) applied. Pure; no xstate inside.
 */
import { selected } from '../answers/check-answers.js';
import type { TreeIndex } from '../tree/index-tree.js';
import type { AnswerCondition, Answers } from '../tree/tree.types.js';

function holds(condition: AnswerCondition, onPath: ReadonlySet<string>, answers: Answers): boolean {
  return Object.entries(condition).every(([questionId, optionIds]) => {
    if (!onPath.has(questionId)) return false;
    const chosen = selected(answers[questionId]);
    return optionIds.some((id) => chosen.includes(id));
  });
}

/** Outcome ids for the answers of the questions on `path`, primary first. */
export function collectOutcomes(index: TreeIndex, path: readonly string[], answers: Answers): string[] {
  const onPath = new Set(path);
  const found = new Set<string>();
  for (const questionId of path) {
    const options = index.options.get(questionId);
    for (const optionId of selected(answers[questionId])) {
      for (const add of options?.get(optionId)?.adds ?? []) {
        if (typeof add === 'string') found.add(add);
        else if ((!add.when || holds(add.when, onPath, answers)) && !(add.unless && holds(add.unless, onPath, answers))) found.add(add.outcome);
      }
    }
  }
  const ordered = [...found].sort((a, b) => index.outcomeRank.get(a)! - index.outcomeRank.get(b)!);
  const overriding = ordered.find((id) => index.outcomes.get(id)?.overrides);
  if (overriding === undefined) return ordered;
  const keep = new Set(index.outcomes.get(overriding)!.overrides!.keep);
  return ordered.filter((id) => id === overriding || keep.has(id));
}

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

/** Each addition of the answered options on `path` whose conditions hold, in walk order. */
function firingAdditions(index: TreeIndex, path: readonly string[], answers: Answers): { readonly outcome: string; readonly rule: string | undefined }[] {
  const onPath = new Set(path);
  const fired: { outcome: string; rule: string | undefined }[] = [];
  for (const questionId of path) {
    const options = index.options.get(questionId);
    for (const optionId of selected(answers[questionId])) {
      for (const add of options?.get(optionId)?.adds ?? []) {
        if (typeof add === 'string') fired.push({ outcome: add, rule: undefined });
        else if ((!add.when || holds(add.when, onPath, answers)) && !(add.unless && holds(add.unless, onPath, answers))) fired.push({ outcome: add.outcome, rule: add.rule });
      }
    }
  }
  return fired;
}

/** Outcome ids for the answers of the questions on `path`, primary first. */
export function collectOutcomes(index: TreeIndex, path: readonly string[], answers: Answers): string[] {
  const found = new Set(firingAdditions(index, path, answers).map((a) => a.outcome));
  const ordered = [...found].sort((a, b) => index.outcomeRank.get(a)! - index.outcomeRank.get(b)!);
  const overriding = ordered.find((id) => index.outcomes.get(id)?.overrides);
  if (overriding === undefined) return ordered;
  const keep = new Set(index.outcomes.get(overriding)!.overrides!.keep);
  return ordered.filter((id) => id === overriding || keep.has(id));
}

/**
 * Why each recommended outcome is there: the ids of the rules whose additions put it in, in walk
 * order (empty for an outcome added only without a rule id: the view then names the answers).
 */
export function collectRules(index: TreeIndex, path: readonly string[], answers: Answers): Map<string, string[]> {
  const rules = new Map<string, string[]>(collectOutcomes(index, path, answers).map((id) => [id, []]));
  for (const { outcome, rule } of firingAdditions(index, path, answers)) {
    const list = rules.get(outcome);
    if (list && rule !== undefined && !list.includes(rule)) list.push(rule);
  }
  return rules;
}

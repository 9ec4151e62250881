/**
 * The policy: which outcomes a walk's answers add, in the tree's priority order, with
 * overriding outcomes (a stop such as suspected fraud) applied. Pure; no xstate inside.
 */
import { selected } from '../answers/check-answers.js';
import type { TreeIndex } from '../tree/index-tree.js';
import type { AnswerCondition, Answers } from '../tree/tree.types.js';

/** Whether `condition` holds: each of its questions is on the walk and answered with one of its options. */
export function conditionHolds(condition: AnswerCondition, onPath: ReadonlySet<string>, answers: Answers): boolean {
  return Object.entries(condition).every(([questionId, optionIds]) => {
    if (!onPath.has(questionId)) return false;
    const chosen = selected(answers[questionId]);
    return optionIds.some((id) => chosen.includes(id));
  });
}

/** An addition that fired: its outcome, its rule, and the questions whose answers made it (its option's and its `when`'s). */
interface FiredAddition {
  readonly outcome: string;
  readonly rule: string | undefined;
  readonly questions: readonly string[];
}

/** Each addition of the answered options on `path` whose conditions hold, in walk order. */
function firingAdditions(index: TreeIndex, path: readonly string[], answers: Answers): FiredAddition[] {
  const onPath = new Set(path);
  const fired: FiredAddition[] = [];
  for (const questionId of path) {
    const options = index.options.get(questionId);
    for (const optionId of selected(answers[questionId])) {
      for (const add of options?.get(optionId)?.adds ?? []) {
        if (typeof add === 'string') fired.push({ outcome: add, rule: undefined, questions: [questionId] });
        else if ((!add.when || conditionHolds(add.when, onPath, answers)) && !(add.unless && conditionHolds(add.unless, onPath, answers))) {
          fired.push({ outcome: add.outcome, rule: add.rule, questions: [questionId, ...Object.keys(add.when ?? {})] });
        }
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

/** Why an outcome is recommended: a rule (absent for an addition without a rule id) and the questions whose answers made it apply. */
export interface Reason {
  readonly rule: string | undefined;
  /** Question ids in walk order. */
  readonly questions: readonly string[];
}

/**
 * Why each recommended outcome is there: one reason per rule that put it in (additions without
 * a rule id together as one), each with the decisive questions, in walk order.
 */
export function collectReasons(index: TreeIndex, path: readonly string[], answers: Answers): Map<string, Reason[]> {
  const reasons = new Map<string, Map<string | undefined, Set<string>>>(collectOutcomes(index, path, answers).map((id) => [id, new Map()]));
  for (const { outcome, rule, questions } of firingAdditions(index, path, answers)) {
    const byRule = reasons.get(outcome);
    if (!byRule) continue;
    const decisive = byRule.get(rule) ?? new Set<string>();
    for (const q of questions) decisive.add(q);
    byRule.set(rule, decisive);
  }
  const order = (ids: ReadonlySet<string>) => path.filter((q) => ids.has(q));
  return new Map([...reasons].map(([outcome, byRule]) => [outcome, [...byRule].map(([rule, questions]) => ({ rule, questions: order(questions) }))]));
}

/** The ids of the rules that put each recommended outcome in, in walk order (empty where no addition has a rule id). */
export function collectRules(index: TreeIndex, path: readonly string[], answers: Answers): Map<string, string[]> {
  return new Map([...collectReasons(index, path, answers)].map(([outcome, reasons]) => [outcome, reasons.flatMap((r) => (r.rule === undefined ? [] : [r.rule]))]));
}

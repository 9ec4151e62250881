/**
 * What each event does to the guide's context, as pure functions of the tree's index: the
 * compiled machine's actions call these and nothing else. Every step walks with `nextAfter`, the
 * one routing rule `recommend` follows too. A step walks only the questions it has to (from the
 * question it changes, not from the start) and never copies the history more than once.
 */
import { answerProblem } from '../answers/check-answers.js';
import { collectOutcomes } from '../recommend/collect-outcomes.js';
import { nextAfter } from '../recommend/route.js';
import type { TreeIndex } from '../tree/index-tree.js';
import { reachableFrom } from '../tree/reachable.js';
import { RESULT, type AnswerValue, type Answers } from '../tree/tree.types.js';
import type { GuideContext } from './guide.types.js';

/** Where the walk is: the question asked (the last on the path), or `RESULT`. */
export function position(index: TreeIndex, context: GuideContext): string {
  const last = context.path.at(-1)!;
  const value = answerTo(context.answers, last);
  if (value === undefined || context.focus === last) return last;
  return nextAfter(index.questions.get(last)!, value) === RESULT ? RESULT : last;
}

/** The answer to `questionId`, an own property only: an id never reaches `Object.prototype`. */
export function answerTo(answers: Answers, questionId: string): AnswerValue | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

const isPreset = (context: GuideContext, questionId: string) => Object.hasOwn(context.preset, questionId);

/** The option ids of a valid answer in the question's declared order, so equal answers look equal. */
function normalized(index: TreeIndex, questionId: string, value: AnswerValue): AnswerValue {
  if (typeof value === 'string') return value;
  const chosen = new Set(value);
  return [...index.options.get(questionId)!.keys()].filter((id) => chosen.has(id));
}

/**
 * Walks on from the last question of `path` (pushed onto it) through the answers given, until a
 * question with no answer, the focused question, or the result; then sets the recommendation (at
 * the result) and drops the answers the walk can no longer use.
 */
function walkOn(index: TreeIndex, answers: Answers, path: string[], focus: string | null, preset: Answers): GuideContext {
  if (path.length === 0) path.push(index.tree.start);
  let current = path.at(-1)!;
  for (;;) {
    const value = answerTo(answers, current);
    if (value === undefined || focus === current) break;
    const next = nextAfter(index.questions.get(current)!, value);
    if (next === RESULT) {
      const kept = applicable(index, answers, path, preset, undefined);
      return { preset, answers: kept, path, focus: null, recommendation: collectOutcomes(index, path, kept) };
    }
    path.push(next);
    current = next;
  }
  return { preset, answers: applicable(index, answers, path, preset, current), path, focus, recommendation: [] };
}

/**
 * `answers` without those that no longer apply: off the path, not preset and not reachable from
 * the question the walk stopped at (`stop`; none at the result). Returned as it is when nothing
 * is stale: every question on the path but the stop is answered, so no more answers than that
 * means they are all on the path.
 */
function applicable(index: TreeIndex, answers: Answers, path: readonly string[], preset: Answers, stop: string | undefined): Answers {
  const answeredOnPath = stop === undefined || answerTo(answers, stop) !== undefined ? path.length : path.length - 1;
  const ids = Object.keys(answers);
  if (ids.length <= answeredOnPath) return answers;
  const onPath = new Set(path);
  const later = stop === undefined ? undefined : reachableFrom(index, stop);
  const kept: Record<string, AnswerValue> = {};
  for (const id of ids) if (onPath.has(id) || Object.hasOwn(preset, id) || later?.has(id)) kept[id] = answers[id]!;
  return kept;
}

/** The start of a walk: presets answered, then the answers given (a restored session) where they apply. */
export function startContext(index: TreeIndex, preset: Answers, answers: Answers = {}): GuideContext {
  const all: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(answers)) all[id] = normalized(index, id, value);
  for (const [id, value] of Object.entries(preset)) all[id] = normalized(index, id, value);
  const presets = Object.fromEntries(Object.keys(preset).map((id) => [id, all[id]!]));
  return walkOn(index, all, [], null, presets);
}

/** The question the walk stopped at (not at the result). */
export function currentQuestion(index: TreeIndex, context: GuideContext): string | undefined {
  const at = position(index, context);
  return at === RESULT ? undefined : at;
}

/** Whether `value` is a valid answer to the question asked now. */
export function answersCurrent(index: TreeIndex, context: GuideContext, questionId: string, value: unknown): boolean {
  return currentQuestion(index, context) === questionId && answerProblem(index, questionId, value) === undefined;
}

/** Answered questions on the path that the user may revisit or change (not presets). */
export function changeable(context: GuideContext, questionId: string): boolean {
  return answerTo(context.answers, questionId) !== undefined && !isPreset(context, questionId) && context.path.includes(questionId);
}

/** Whether `value` is a valid new answer to an earlier question of the walk. */
export function changesEarlier(index: TreeIndex, context: GuideContext, questionId: string, value: unknown): boolean {
  return changeable(context, questionId) && answerProblem(index, questionId, value) === undefined;
}

/** Records an answer to `questionId` (the current question or an earlier one) and walks on from it. */
export function answer(index: TreeIndex, context: GuideContext, questionId: string, value: AnswerValue): GuideContext {
  const answers = { ...context.answers, [questionId]: normalized(index, questionId, value) };
  const path = context.path.slice(0, context.path.lastIndexOf(questionId) + 1);
  return walkOn(index, answers, path, null, context.preset);
}

/** Revisits `questionId`, an answered question of the walk: the walk stops there, later answers kept. */
export function goTo(context: GuideContext, questionId: string): GuideContext {
  const path = context.path.slice(0, context.path.lastIndexOf(questionId) + 1);
  return { ...context, path, focus: questionId, recommendation: [] };
}

/** The last question before the one asked (or before the result) that the user answered. */
export function previousQuestion(index: TreeIndex, context: GuideContext): string | undefined {
  const at = position(index, context);
  const end = at === RESULT ? context.path.length : context.path.length - 1;
  for (let i = end - 1; i >= 0; i--) if (!isPreset(context, context.path[i]!)) return context.path[i];
  return undefined;
}

export function back(index: TreeIndex, context: GuideContext): GuideContext {
  const previous = previousQuestion(index, context);
  return previous === undefined ? context : goTo(context, previous);
}

/** Starts over with only the presets. */
export function restart(index: TreeIndex, context: GuideContext): GuideContext {
  return walkOn(index, { ...context.preset }, [], null, context.preset);
}

/**
 * Checks answers (or presets) against a tree: unknown question ids, unknown option ids, a multi
 * answer that is empty, repeats an option or combines the exclusive "none" with others.
 */
import type { TreeIndex } from '../tree/index-tree.js';
import { isRecord } from '../tree/is-record.js';
import type { AnswerValue, Answers } from '../tree/tree.types.js';

/** Thrown for answers that do not fit the tree; `problems` names every bad id. */
export class AnswerError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[], what = 'answers') {
    super(`Invalid ${what}: ${problems.join(' ')}`);
    this.name = 'AnswerError';
    this.problems = problems;
  }
}

/** How many ids a message lists before it gives a count: a tree of thousands of questions gets a short message, not megabytes. */
const LISTED = 8;

/** Ids for a message: all of them when few, else the first few and how many more. */
const some = (ids: readonly string[]): string => (ids.length <= LISTED ? ids.join(', ') : `${ids.slice(0, LISTED).join(', ')} and ${ids.length - LISTED} more`);

/** The problem with one answer to `questionId`, or `undefined` when it is a valid answer. */
export function answerProblem(index: TreeIndex, questionId: string, value: unknown): string | undefined {
  const question = index.questions.get(questionId);
  const options = index.options.get(questionId);
  if (!question || !options) {
    return `"${questionId}" is not a question of tree "${index.tree.id}" (its questions: ${some([...index.questions.keys()])}).`;
  }
  const known = `its options: ${some([...options.keys()])}`;
  if (question.kind === 'single') {
    if (typeof value !== 'string') return `The answer to "${questionId}" must be one option id (${known}).`;
    return options.has(value) ? undefined : `"${value}" is not an option of "${questionId}" (${known}).`;
  }
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
    return `The answer to multi question "${questionId}" must be a non-empty list of option ids (${known}).`;
  }
  const unknown = value.filter((v) => !options.has(v));
  if (unknown.length > 0) return `${unknown.map((v) => `"${v}"`).join(', ')} ${unknown.length === 1 ? 'is not an option' : 'are not options'} of "${questionId}" (${known}).`;
  if (new Set(value).size !== value.length) return `The answer to "${questionId}" repeats an option.`;
  const exclusive = value.find((v) => options.get(v)?.exclusive);
  if (exclusive !== undefined && value.length > 1) return `"${exclusive}" means none of the others and cannot be combined with them in "${questionId}".`;
  return undefined;
}

/** Why the page may not preset an answer to `questionId` (a question asked every time), or `undefined`. */
export function presetProblem(index: TreeIndex, questionId: string): string | undefined {
  return index.questions.get(questionId)?.neverPreset ? `"${questionId}" cannot be preset: it is about this customer and is asked every time.` : undefined;
}

/** Every problem with presets keyed by question id: as answers, and questions that are never preset. */
export function presetsProblems(index: TreeIndex, preset: unknown): string[] {
  const problems = answersProblems(index, preset);
  if (isRecord(preset)) for (const questionId of Object.keys(preset)) problems.push(...[presetProblem(index, questionId)].filter((p): p is string => p !== undefined));
  return problems;
}

/** Every problem with a set of answers keyed by question id. */
export function answersProblems(index: TreeIndex, answers: unknown): string[] {
  if (!isRecord(answers)) return ['Answers must be an object keyed by question id.'];
  return Object.entries(answers)
    .map(([questionId, value]) => answerProblem(index, questionId, value))
    .filter((p): p is string => p !== undefined);
}

/** Throws `AnswerError` naming every bad id when `answers` do not fit the tree. */
export function assertAnswers(index: TreeIndex, answers: unknown, what = 'answers'): asserts answers is Answers {
  const problems = answersProblems(index, answers);
  if (problems.length > 0) throw new AnswerError(problems, what);
}

/** The option ids an answer selects. */
export function selected(value: AnswerValue | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

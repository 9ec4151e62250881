/**
 * Every path of a compiled tree, found by `xstate/graph` over the machine itself: from the start
 * (after presets), the events at each state are the valid answers to the current question, and
 * each path ends at the result. Used by the tests, `npm run paths` and the browser walks.
 *
 * The paths of a tree can be far more than memory holds (a chain of 40 two-way questions has 2^40),
 * and `xstate/graph` builds them all at once. So the paths are first counted over the tree's
 * routing, which costs one step per question and answer however many paths there are, and the
 * enumeration refuses a tree with more than `limit` paths (100,000 by default).
 */
import { getShortestPaths } from 'xstate/graph';
import { answersProblems } from '../answers/check-answers.js';
import { compileTree, type GuideMachine } from '../compile/compile-tree.js';
import type { GuideEvent } from '../compile/guide.types.js';
import { nextAfter } from '../recommend/route.js';
import type { TreeIndex } from '../tree/index-tree.js';
import { indexTree } from '../tree/load-tree.js';
import { RESULT, type AnswerValue, type Answers, type TreeDefinition } from '../tree/tree.types.js';

/** How many paths `enumeratePaths` lists at most unless told otherwise. */
export const DEFAULT_PATH_LIMIT = 100_000;

export interface TreePath {
  /** The answers given on the path (presets not included), in the order asked. */
  readonly answers: Answers;
  /** The question ids the walk went through, presets included. */
  readonly path: readonly string[];
  /** The recommendation at the end, primary first. */
  readonly outcomes: readonly string[];
  /** The events that walk the path from the start. */
  readonly events: readonly GuideEvent[];
}

/** Every valid answer to a question: each option of a single question; every allowed combination of a multi one. */
export function possibleAnswers(index: TreeIndex, questionId: string): AnswerValue[] {
  const question = index.questions.get(questionId)!;
  if (question.kind === 'single') return question.options.map((o) => o.id);
  const combinable = question.options.filter((o) => !o.exclusive).map((o) => o.id);
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => [o.id]);
  const subsets: string[][] = [];
  for (let mask = 1; mask < 2 ** combinable.length; mask++) {
    subsets.push(combinable.filter((_, i) => mask & (2 ** i)));
  }
  return [...subsets, ...exclusive];
}

/**
 * The number of paths from the start to the result with `preset` answered, or the first count
 * past `limit` met on the way (then the total is larger still): a depth-first walk over the
 * routing that counts each question once (paths from a question do not depend on how it was
 * reached), without recursion so that a chain of any length fits the stack.
 */
function countPaths(index: TreeIndex, preset: Answers, limit: number): number {
  const counts = new Map<string, number>([[RESULT, 1]]);
  const targets = new Map<string, string[]>();
  const stack = [index.tree.start];
  while (stack.length > 0) {
    const questionId = stack.at(-1)!;
    if (counts.has(questionId)) {
      stack.pop();
      continue;
    }
    let next = targets.get(questionId);
    if (next === undefined) {
      const question = index.questions.get(questionId)!;
      // A preset question is not asked: the walk goes on through its preset answer only.
      const values = Object.hasOwn(preset, questionId) ? [preset[questionId]!] : possibleAnswers(index, questionId);
      next = values.map((value) => nextAfter(question, value));
      targets.set(questionId, next);
    }
    const pending = [...new Set(next)].filter((id) => !counts.has(id));
    if (pending.length > 0) {
      stack.push(...pending);
      continue;
    }
    let count = 0;
    for (const id of next) count += counts.get(id)!;
    // Every question counted here is on some walk from the start, so the start has at least as many.
    if (count > limit) return count;
    counts.set(questionId, count);
    targets.delete(questionId);
    stack.pop();
  }
  return counts.get(index.tree.start)!;
}

export interface EnumerateOptions {
  /** Answers known in advance: their questions are not asked, and the paths go through the given answers. */
  readonly preset?: Answers;
  /** The compiled tree, when the caller has it already (compiled from the same tree). */
  readonly machine?: GuideMachine;
  /**
   * The most paths to list (100,000 by default; `Infinity` for no limit). A tree with more makes
   * `enumeratePaths` throw before it enumerates anything, instead of running out of memory.
   */
  readonly limit?: number;
}

/**
 * All paths from the start to the result, in a stable order (depth first, options in declared
 * order). Throws an `Error` naming the tree and the limit when there are more than `limit` paths.
 */
export function enumeratePaths(definition: TreeDefinition, options: EnumerateOptions = {}): TreePath[] {
  const index = indexTree(definition);
  const limit = options.limit ?? DEFAULT_PATH_LIMIT;
  if (!(limit >= 0)) throw new RangeError(`enumeratePaths: limit must be a number of paths (0 or more, or Infinity), got ${String(limit)}.`);
  const preset = options.preset ?? {};
  // Presets that do not fit the tree put the machine in its error status, which has no paths.
  if (answersProblems(index, preset).length === 0) {
    const count = countPaths(index, preset, limit);
    if (count > limit) {
      throw new Error(
        `Tree "${index.tree.id}" has more than ${limit.toLocaleString('en')} paths (at least ${count.toLocaleString('en')}), the limit of enumeratePaths, ` +
          'so none were enumerated. To list them all, raise the limit with the `limit` option, e.g. ' +
          `enumeratePaths(tree, { limit: ${Math.max(limit * 10, 1_000_000)} }) (memory grows with every path), or preset some answers.`,
      );
    }
  }
  const machine = options.machine ?? compileTree(definition);
  const order = new Map<string, number>();
  const paths = getShortestPaths(machine, {
    input: { preset },
    events: (snapshot) => {
      if (!snapshot.hasTag('question')) return [];
      const questionId = snapshot.context.path.at(-1)!;
      return possibleAnswers(index, questionId).map((value) => ({ type: 'answer' as const, questionId, value }));
    },
    toState: (snapshot) => snapshot.hasTag('result'),
  });
  const result = paths
    .filter((p) => p.state.hasTag('result'))
    .map((p) => {
      const events = p.steps.map((s) => s.event).filter((e): e is Extract<GuideEvent, { type: 'answer' }> => e.type === 'answer');
      return {
        answers: Object.fromEntries(events.map((e) => [e.questionId, e.value])),
        path: p.state.context.path,
        outcomes: p.state.context.recommendation,
        events,
      };
    });
  // Sort as a depth-first walk would meet them: by each answer's position among the possible answers.
  const rank = (questionId: string, value: AnswerValue) => {
    const key = `${questionId}=${JSON.stringify(value)}`;
    if (!order.has(key)) order.set(key, possibleAnswers(index, questionId).findIndex((v) => JSON.stringify(v) === JSON.stringify(value)));
    return order.get(key)!;
  };
  return result.sort((a, b) => {
    for (let i = 0; i < Math.min(a.events.length, b.events.length); i++) {
      const diff = rank(a.events[i]!.questionId, a.events[i]!.value) - rank(b.events[i]!.questionId, b.events[i]!.value);
      if (diff !== 0) return diff;
    }
    return a.events.length - b.events.length;
  });
}

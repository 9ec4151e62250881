/**
 * Every path of a compiled tree, found by `xstate/graph` over the machine itself: from the start
 * (after presets), the events at each state are the valid answers to the current question, and
 * each path ends at the result. Used by the tests, `npm run paths` and the browser walks.
 */
import { getShortestPaths } from 'xstate/graph';
import { compileTree, type GuideMachine } from '../compile/compile-tree.js';
import type { GuideEvent } from '../compile/guide.types.js';
import { indexTree, type TreeIndex } from '../tree/index-tree.js';
import type { AnswerValue, Answers, TreeDefinition } from '../tree/tree.types.js';

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

/** All paths from the start to the result, in a stable order (depth first, options in declared order). */
export function enumeratePaths(definition: TreeDefinition, options: { preset?: Answers; machine?: GuideMachine } = {}): TreePath[] {
  const index = indexTree(definition);
  const machine = options.machine ?? compileTree(definition);
  const order = new Map<string, number>();
  const paths = getShortestPaths(machine, {
    input: { preset: options.preset ?? {} },
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

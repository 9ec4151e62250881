/**
 * `compileTree(definition)`: a tree → an XState v5 machine. One state per question id (tags
 * `question`, `meta.questionId`) and a `result` state (tag `result`). Answers drive eventless
 * transitions, so presets and kept answers are skipped over by the same routing that the walk in
 * `recommend` follows. Events: `answer`, `back`, `goTo`, `restart`.
 */
import { indexTree } from '../tree/index-tree.js';
import { RESULT, type QuestionDefinition, type TreeDefinition } from '../tree/tree.types.js';
import { createGuideSetup, presetFrom } from './guide-setup.js';

type Setup = ReturnType<typeof createGuideSetup>;

/** Eventless transitions out of an answered question, in the order the walk in `route.ts` applies them. */
function routing(questionId: string, question: QuestionDefinition) {
  if (question.kind === 'multi') {
    // The first chosen option (declared order) with its own `next` wins, else the question's `next`.
    return [
      ...question.options
        .filter((o) => o.next !== undefined)
        .map((o) => ({ guard: { type: 'chose' as const, params: { questionId, optionIds: [o.id] } }, target: o.next! })),
      ...(question.next !== undefined ? [{ guard: { type: 'passes' as const, params: { questionId } }, target: question.next }] : []),
    ];
  }
  const byTarget = new Map<string, string[]>();
  for (const option of question.options) {
    const target = option.next ?? question.next!;
    byTarget.set(target, [...(byTarget.get(target) ?? []), option.id]);
  }
  if (byTarget.size === 1) return [{ guard: { type: 'passes' as const, params: { questionId } }, target: [...byTarget.keys()][0]! }];
  return [...byTarget].map(([target, optionIds]) => ({ guard: { type: 'chose' as const, params: { questionId, optionIds } }, target }));
}

function questionState(questionId: string, question: QuestionDefinition, start: string) {
  return {
    tags: ['question' as const],
    meta: { questionId },
    entry: { type: 'visit' as const, params: { questionId } },
    always: routing(questionId, question),
    on: {
      answer: { guard: { type: 'answersCurrent' as const, params: { questionId } }, actions: { type: 'record' as const, params: { rewalk: false } }, target: questionId, reenter: true },
      back: { guard: { type: 'canGoBack' as const, params: { questionId } }, actions: { type: 'back' as const, params: { questionId } }, target: start, reenter: true },
    },
  };
}

/**
 * Compiles a tree definition into the guide machine. Throws `TreeValidationError` with the full
 * validation report for an invalid tree. Create an actor with `input: { preset }`; presets with
 * unknown ids make the actor fail with an `AnswerError` naming them.
 */
export function compileTree(definition: TreeDefinition) {
  const index = indexTree(definition);
  const tree = index.tree; // the checked, frozen copy: later changes to `definition` change nothing
  const guideSetup: Setup = createGuideSetup(index);
  const start = `#guide.${tree.start}`;
  const states: Record<string, object> = {};
  for (const [questionId, question] of Object.entries(tree.questions)) {
    states[questionId] = questionState(questionId, question, start);
  }
  states[RESULT] = {
    tags: ['result'],
    entry: 'settle',
    on: { back: { guard: { type: 'canGoBack', params: { questionId: null } }, actions: { type: 'back', params: { questionId: null } }, target: start, reenter: true } },
  };
  return guideSetup.createMachine({
    id: 'guide',
    context: ({ input }) => {
      const preset = presetFrom(index, input);
      return { preset, answers: { ...preset }, path: [], focus: null, recommendation: [] };
    },
    initial: tree.start,
    on: {
      answer: { guard: 'changesEarlier', actions: { type: 'record', params: { rewalk: true } }, target: start, reenter: true },
      goTo: { guard: 'canGoTo', actions: 'goTo', target: start, reenter: true },
      restart: { actions: 'restart', target: start, reenter: true },
    },
    // The config is built from data, so its state names cannot be typed statically.
    states: states as never,
  });
}

export type GuideMachine = ReturnType<typeof compileTree>;

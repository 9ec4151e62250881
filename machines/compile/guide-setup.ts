/**
 * The one `setup()` every tree compiles against: named guards and actions that close over the
 * tree's index and call the pure steps in `guide-steps.ts`, so a compiled machine is plain config
 * and every tree yields the same machine shape.
 */
import { assign, setup } from 'xstate';
import { AnswerError, assertAnswers, presetsProblems } from '../answers/check-answers.js';
import type { TreeIndex } from '../tree/index-tree.js';
import { RESULT, type Answers } from '../tree/tree.types.js';
import * as steps from './guide-steps.js';
import type { GuideContext, GuideEvent, GuideInput, GuideTag } from './guide.types.js';

export function createGuideSetup(index: TreeIndex) {
  return setup({
    types: {
      context: {} as GuideContext,
      events: {} as GuideEvent,
      input: {} as GuideInput,
      tags: {} as GuideTag,
    },
    guards: {
      /** The walk has reached the result. */
      ended: ({ context }) => steps.position(index, context) === RESULT,
      /** The event is a valid answer to the question asked now. */
      answersCurrent: ({ context, event }) => event.type === 'answer' && steps.answersCurrent(index, context, event.questionId, event.value),
      /** The event is a valid new answer to an earlier question of the walk. */
      changesEarlier: ({ context, event }) => event.type === 'answer' && steps.changesEarlier(index, context, event.questionId, event.value),
      canGoTo: ({ context, event }) => event.type === 'goTo' && steps.changeable(context, event.questionId),
      /** There is a question to go back to. */
      canGoBack: ({ context }) => steps.previousQuestion(index, context) !== undefined,
    },
    actions: {
      answer: assign(({ context, event }) => (event.type === 'answer' ? steps.answer(index, context, event.questionId, event.value) : {})),
      goTo: assign(({ context, event }) => (event.type === 'goTo' ? steps.goTo(context, event.questionId) : {})),
      back: assign(({ context }) => steps.back(index, context)),
      restart: assign(({ context }) => steps.restart(index, context)),
    },
  });
}

/** The context a walk starts with: presets and given answers checked (an `AnswerError` names every bad id). */
export function contextFromInput(index: TreeIndex, input: GuideInput | undefined): GuideContext {
  const preset: Answers = input?.preset ?? {};
  const answers: Answers = input?.answers ?? {};
  const presetProblems = presetsProblems(index, preset);
  if (presetProblems.length > 0) throw new AnswerError(presetProblems, 'preset answers');
  assertAnswers(index, answers, 'answers');
  return steps.startContext(index, preset, answers);
}

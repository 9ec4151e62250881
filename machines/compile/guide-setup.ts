/**
 * The one `setup()` every tree compiles against: named, parameterised guards and actions, so a
 * compiled machine is plain config (`toDirectedGraph` can draw it) and every tree yields the same
 * kind of machine. The implementations close over the tree's index for lookups.
 */
import { assign, setup } from 'xstate';
import { answerProblem, assertAnswers, selected } from '../answers/check-answers.js';
import { collectOutcomes } from '../recommend/collect-outcomes.js';
import type { TreeIndex } from '../tree/index-tree.js';
import { reachableFrom } from '../tree/reachable.js';
import type { AnswerValue, Answers } from '../tree/tree.types.js';
import type { GuideContext, GuideEvent, GuideInput, GuideStateMeta, GuideTag } from './guide.types.js';

/** The option ids of a valid answer in the question's declared order, so equal answers look equal. */
function normalized(index: TreeIndex, questionId: string, value: AnswerValue): AnswerValue {
  if (typeof value === 'string') return value;
  const chosen = new Set(value);
  return [...index.options.get(questionId)!.keys()].filter((id) => chosen.has(id));
}

function isAnswered(context: GuideContext, questionId: string): boolean {
  return context.answers[questionId] !== undefined;
}

/** The walk stops at a question that has no answer yet or is being revisited. */
function stopsAt(context: GuideContext, questionId: string): boolean {
  return !isAnswered(context, questionId) || context.focus === questionId;
}

/** Answered questions on the path that the user may revisit or change (not presets). */
function changeable(context: GuideContext, questionId: string): boolean {
  return context.path.includes(questionId) && isAnswered(context, questionId) && context.preset[questionId] === undefined;
}

/** The last question before `questionId` (or before the end when `null`) that the user answered. */
function previousQuestion(context: GuideContext, questionId: string | null): string | undefined {
  const end = questionId === null ? context.path.length : context.path.lastIndexOf(questionId);
  return context.path.slice(0, end).findLast((id) => context.preset[id] === undefined);
}

export function createGuideSetup(index: TreeIndex) {
  return setup({
    types: {
      context: {} as GuideContext,
      events: {} as GuideEvent,
      input: {} as GuideInput,
      tags: {} as GuideTag,
      meta: {} as GuideStateMeta,
    },
    guards: {
      /** The walk goes on past `questionId` with an answer that selects one of `optionIds`. */
      chose: ({ context }, params: { questionId: string; optionIds: readonly string[] }) =>
        !stopsAt(context, params.questionId) && selected(context.answers[params.questionId]).some((id) => params.optionIds.includes(id)),
      /** The walk goes on past `questionId`. */
      passes: ({ context }, params: { questionId: string }) => !stopsAt(context, params.questionId),
      /** The event is a valid answer to the question the walk stopped at. */
      answersCurrent: ({ event }, params: { questionId: string }) =>
        event.type === 'answer' && event.questionId === params.questionId && answerProblem(index, event.questionId, event.value) === undefined,
      /** The event is a valid new answer to an earlier question of the walk. */
      changesEarlier: ({ context, event }) =>
        event.type === 'answer' && changeable(context, event.questionId) && answerProblem(index, event.questionId, event.value) === undefined,
      canGoTo: ({ context, event }) => event.type === 'goTo' && changeable(context, event.questionId),
      /** There is a question to go back to from `questionId` (`null`: from the result). */
      canGoBack: ({ context }, params: { questionId: string | null }) => previousQuestion(context, params.questionId) !== undefined,
    },
    actions: {
      /** Records the event's answer and ends any revisit; the walk then runs on from the start or from here. */
      record: assign(({ context, event }, params: { rewalk: boolean }) => {
        if (event.type !== 'answer') return {};
        return {
          answers: { ...context.answers, [event.questionId]: normalized(index, event.questionId, event.value) },
          focus: null,
          path: params.rewalk ? [] : context.path,
          recommendation: [],
        };
      }),
      goTo: assign(({ event }) => (event.type === 'goTo' ? { focus: event.questionId, path: [], recommendation: [] } : {})),
      back: assign(({ context }, params: { questionId: string | null }) => ({
        focus: previousQuestion(context, params.questionId) ?? null,
        path: [],
        recommendation: [],
      })),
      restart: assign(({ context }) => ({ answers: { ...context.preset }, focus: null, path: [], recommendation: [] })),
      /**
       * Entering a question: it joins the path. Where the walk stops, answers that no longer apply
       * (off the path and unreachable from here) are dropped; the rest are kept for later.
       */
      visit: assign(({ context }, params: { questionId: string }) => {
        const path = context.path.at(-1) === params.questionId ? context.path : [...context.path, params.questionId];
        if (!stopsAt(context, params.questionId)) return { path };
        // Every question on the path but a new stop is answered: no more answers than that, nothing is stale.
        const answeredOnPath = isAnswered(context, params.questionId) ? path.length : path.length - 1;
        if (Object.keys(context.answers).length <= answeredOnPath) return { path };
        const onPath = new Set(path);
        const reachable = reachableFrom(index, params.questionId);
        const answers = Object.fromEntries(
          Object.entries(context.answers).filter(([id]) => onPath.has(id) || reachable.has(id) || context.preset[id] !== undefined),
        );
        return { path, answers };
      }),
      /** Entering the result: answers off the final path are dropped and the recommendation is set. */
      settle: assign(({ context }) => {
        const onPath = new Set(context.path);
        const answers = Object.fromEntries(
          Object.entries(context.answers).filter(([id]) => onPath.has(id) || context.preset[id] !== undefined),
        );
        return { answers, focus: null, recommendation: collectOutcomes(index, context.path, answers) };
      }),
    },
  });
}

/** Checks and copies the host's presets; throws `AnswerError` naming any unknown id. */
export function presetFrom(index: TreeIndex, input: GuideInput | undefined): Answers {
  const preset = input?.preset ?? {};
  assertAnswers(index, preset, 'preset answers');
  return Object.fromEntries(Object.entries(preset).map(([id, value]) => [id, normalized(index, id, value)]));
}

/**
 * The quiz flow as an XState machine: intro → item → feedback → next item … → result → retake.
 * Items come in as input (drawn by `drawAttempt`); a retake may bring a fresh draw.
 */
import { assign, setup } from 'xstate';
import { isAnsweredRight, scoreAttempt } from './score.js';
import type { QuizItem, QuizResponses, QuizScore } from './quiz.types.js';

export interface QuizInput {
  readonly items: readonly QuizItem[];
  /** Items needed to pass; all by default. */
  readonly passScore?: number;
}

export interface QuizContext {
  readonly items: readonly QuizItem[];
  readonly passScore: number;
  /** The item being shown (or last answered). */
  readonly index: number;
  readonly responses: QuizResponses;
  /** Set on reaching the result. */
  readonly score: QuizScore | null;
}

export type QuizEvent =
  | { readonly type: 'start' }
  | { readonly type: 'answer'; readonly optionIds: readonly string[] }
  | { readonly type: 'next' }
  /** Again from the first item; `items` replaces the drawn items (a fresh draw). */
  | { readonly type: 'retake'; readonly items?: readonly QuizItem[] };

export type QuizTag = 'intro' | 'item' | 'feedback' | 'result';

/** The item on screen. */
export function currentItem(context: QuizContext): QuizItem | undefined {
  return context.items[context.index];
}

/** Whether the answer given to the current item was right. */
export function currentAnswerRight(context: QuizContext): boolean {
  const item = currentItem(context);
  return item !== undefined && isAnsweredRight(item, context.responses[item.id]);
}

// Pure annotations: modules that import the engine without the quiz leave the machine out of their bundle.
const quizSetup = /* @__PURE__ */ setup({
  types: { context: {} as QuizContext, events: {} as QuizEvent, input: {} as QuizInput, tags: {} as QuizTag },
  guards: {
    /** One option for a single item, two for "Choose 2", all of them the item's own and different. */
    fitsItem: ({ context, event }) => {
      if (event.type !== 'answer') return false;
      const item = currentItem(context);
      if (!item) return false;
      const ids = new Set(item.options.map((o) => o.id));
      const needed = item.kind === 'single' ? 1 : 2;
      return event.optionIds.length === needed && new Set(event.optionIds).size === needed && event.optionIds.every((id) => ids.has(id));
    },
    hasNext: ({ context }) => context.index + 1 < context.items.length,
  },
  actions: {
    record: /* @__PURE__ */ assign(({ context, event }) => {
      if (event.type !== 'answer') return {};
      const item = currentItem(context)!;
      return { responses: { ...context.responses, [item.id]: [...event.optionIds] } };
    }),
    advance: /* @__PURE__ */ assign(({ context }) => ({ index: context.index + 1 })),
    score: /* @__PURE__ */ assign(({ context }) => ({ score: scoreAttempt(context.items, context.responses, context.passScore) })),
    reset: /* @__PURE__ */ assign(({ context, event }) => {
      const items = event.type === 'retake' && event.items ? event.items : context.items;
      return { items, index: 0, responses: {}, score: null };
    }),
  },
});

export const quizMachine = /* @__PURE__ */ quizSetup.createMachine({
  id: 'quiz',
  context: ({ input }) => ({
    items: input.items,
    passScore: input.passScore ?? input.items.length,
    index: 0,
    responses: {},
    score: null,
  }),
  initial: 'intro',
  states: {
    intro: { tags: ['intro'], on: { start: 'item' } },
    item: { tags: ['item'], on: { answer: { guard: 'fitsItem', actions: 'record', target: 'feedback' } } },
    feedback: {
      tags: ['feedback'],
      on: {
        next: [
          { guard: 'hasNext', actions: 'advance', target: 'item' },
          { actions: 'score', target: 'result' },
        ],
      },
    },
    result: { tags: ['result'], on: { retake: { actions: 'reset', target: 'item' } } },
  },
});

export type QuizMachine = typeof quizMachine;

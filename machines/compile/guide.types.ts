/** The compiled guide machine's input, context and events. All plain data: snapshots serialize. */
import type { AnswerValue, Answers } from '../tree/tree.types.js';

export interface GuideInput {
  /** Answers the host knows in advance (e.g. `{ setting: 'general-support' }`); their questions are skipped. */
  readonly preset?: Answers;
  /**
   * Answers given before (a restored session, or the host's `answers`): the walk runs on through
   * those that apply, in one step, and stops at the first question without one. Unlike presets
   * the user can change them.
   */
  readonly answers?: Answers;
}

export interface GuideContext {
  /** The host's preset answers: never asked, never changed by the user, kept on restart. */
  readonly preset: Answers;
  /** Answers keyed by question id, presets included. Later answers survive a change while they still apply. */
  readonly answers: Answers;
  /** The questions of the walk so far, in order; while asking, the last one is the current question. */
  readonly path: readonly string[];
  /** A question revisited with `back` or `goTo`: the walk stops there although it is answered. */
  readonly focus: string | null;
  /** Outcome ids, primary first, once the walk reaches the result; empty before. */
  readonly recommendation: readonly string[];
}

export type GuideEvent =
  /** Answer the current question, or change the answer to an earlier one. */
  | { readonly type: 'answer'; readonly questionId: string; readonly value: AnswerValue }
  /** Go to the previous question that is not preset. */
  | { readonly type: 'back' }
  /** Revisit an answered question (to change its answer); later answers are kept. */
  | { readonly type: 'goTo'; readonly questionId: string }
  /** Start over, keeping only the presets. */
  | { readonly type: 'restart' };

/** Tags on the machine's states: every question state has `question`, the result state `result`. */
export type GuideTag = 'question' | 'result';

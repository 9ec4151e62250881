/**
 * Fired after every step of a quiz attempt (start, an answer, next, take it again), for a host
 * that keeps the attempt itself, as an LMS package does (SCORM `cmi.suspend_data`): `attempt` is
 * what to give back to the quiz's `attemptState` to resume, ids and numbers only; after an answer,
 * `answered` says which item, what was chosen, what was right and whether it was right.
 */
import type { StoredAttempt } from '../../machines/index.js';

export interface QuizAnsweredItem {
  readonly itemId: string;
  readonly kind: 'single' | 'choose-2';
  /** The options chosen (opaque ids: `a`, `b`...), in the order shown. */
  readonly chosen: readonly string[];
  /** The right options' ids, in the order shown. */
  readonly right: readonly string[];
  readonly correct: boolean;
}

export interface DigitukiQuizProgressDetail {
  readonly attempt: StoredAttempt;
  /** Only after an answer. */
  readonly answered?: QuizAnsweredItem;
}

export class DigitukiQuizProgressEvent extends CustomEvent<DigitukiQuizProgressDetail> {
  static readonly eventName = 'digituki-quiz-progress';

  constructor(detail: DigitukiQuizProgressDetail) {
    super(DigitukiQuizProgressEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'digituki-quiz-progress': DigitukiQuizProgressEvent;
  }
}

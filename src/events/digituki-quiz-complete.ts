/**
 * Fired when a quiz attempt ends: the score, pass or not, each item's id and correctness, and an
 * xAPI statement (without actor) the host may complete and forward to its learning record store.
 */
import type { QuizScore, XapiStatement } from '../../machines/index.js';

export interface DigitukiQuizCompleteDetail extends QuizScore {
  readonly statement: XapiStatement;
}

export class DigitukiQuizCompleteEvent extends CustomEvent<DigitukiQuizCompleteDetail> {
  static readonly eventName = 'digituki-quiz-complete';

  constructor(detail: DigitukiQuizCompleteDetail) {
    super(DigitukiQuizCompleteEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'digituki-quiz-complete': DigitukiQuizCompleteEvent;
  }
}

/** Fired when the user answers a question (or changes an answer). Ids only, never free text. */
export interface DigitukiAnswerDetail {
  readonly questionId: string;
  /** The chosen option ids (one for a single question). */
  readonly optionIds: readonly string[];
}

export class DigitukiAnswerEvent extends CustomEvent<DigitukiAnswerDetail> {
  static readonly eventName = 'digituki-answer';

  constructor(detail: DigitukiAnswerDetail) {
    super(DigitukiAnswerEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'digituki-answer': DigitukiAnswerEvent;
  }
}

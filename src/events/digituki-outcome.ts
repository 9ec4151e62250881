/** Fired when the user's answers reach a recommendation. Outcome ids only. */
export interface DigitukiOutcomeDetail {
  /** Outcome ids, primary first. */
  readonly outcomes: readonly string[];
}

export class DigitukiOutcomeEvent extends CustomEvent<DigitukiOutcomeDetail> {
  static readonly eventName = 'digituki-outcome';

  constructor(detail: DigitukiOutcomeDetail) {
    super(DigitukiOutcomeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'digituki-outcome': DigitukiOutcomeEvent;
  }
}

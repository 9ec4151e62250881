/**
 * Fired when the host's configuration cannot be used: an invalid tree, a tree that could not be
 * checked (`tree-load-failed`: the validator's file beside the guide's script did not load), a
 * preset or answers that do not exist, an unknown locale (which falls back), a custom tree whose
 * walk ends with no course of action, or quiz settings that cannot be used. Codes, ids and JSON
 * Pointers only.
 */
export interface DigitukiErrorDetail {
  readonly reason: 'invalid-tree' | 'tree-load-failed' | 'invalid-preset' | 'invalid-answers' | 'unknown-locale' | 'no-outcome' | 'invalid-settings';
  /** For an invalid tree: where each problem is (JSON Pointers into the tree). */
  readonly paths?: readonly string[];
  /**
   * For an invalid preset or answers: the question ids whose answer is wrong; for a locale: the
   * locale asked for; for no outcome: the questions of the walk; for invalid settings (the quiz):
   * the settings (`items`, `pass-score`, `seed`, `actor`, `attempt-state`).
   */
  readonly ids?: readonly string[];
}

export class DigitukiErrorEvent extends CustomEvent<DigitukiErrorDetail> {
  static readonly eventName = 'digituki-error';

  constructor(detail: DigitukiErrorDetail) {
    super(DigitukiErrorEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'digituki-error': DigitukiErrorEvent;
  }
}

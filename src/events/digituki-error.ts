/**
 * Fired when the host's configuration cannot be used: an invalid tree, a preset that does not
 * exist, or an unknown locale (which falls back). Codes, ids and JSON Pointers only.
 */
export interface DigitukiErrorDetail {
  readonly reason: 'invalid-tree' | 'invalid-preset' | 'unknown-locale';
  /** For an invalid tree: where each problem is (JSON Pointers into the tree). */
  readonly paths?: readonly string[];
  /** For an invalid preset: the question ids whose preset is wrong; for a locale: the locale asked for. */
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

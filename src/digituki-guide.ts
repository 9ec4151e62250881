/**
 * The guide's entry (`digituki-guide/guide`, and the standalone `dist/digituki-guide.js`):
 * defines `<digituki-guide>` alone, with no scenario bank and no quiz, and gives `defineGuide`
 * for a tag of the host's own.
 */
import { DigitukiGuide } from './components/guide/guide.js';
import { defineElement } from './define-element.js';

export { DigitukiGuide };
export { DigitukiAnswerEvent, type DigitukiAnswerDetail } from './events/digituki-answer.js';
export { DigitukiOutcomeEvent, type DigitukiOutcomeDetail } from './events/digituki-outcome.js';
export { DigitukiErrorEvent, type DigitukiErrorDetail } from './events/digituki-error.js';

/**
 * Registers the guide as `tagName` (say `city-digituki-guide`), so a page where another build of
 * the guide has taken `digituki-guide` still gets this one. A name already taken is left as it
 * is. Returns the class now registered under the name.
 */
export function defineGuide(tagName = 'digituki-guide'): CustomElementConstructor {
  return defineElement(tagName, DigitukiGuide, 'digituki-guide');
}

defineGuide();

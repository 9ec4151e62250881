/**
 * The quiz's entry (`digituki-guide/quiz`, and the standalone `dist/digituki-quiz.js`): defines
 * `<digituki-quiz>` alone and gives `defineQuiz` for a tag of the host's own.
 */
import { DigitukiQuiz } from './components/quiz/quiz.js';
import { defineElement } from './define-element.js';

export { DigitukiQuiz };
export { DigitukiQuizCompleteEvent, type DigitukiQuizCompleteDetail } from './events/digituki-quiz-complete.js';
export { DigitukiQuizProgressEvent, type DigitukiQuizProgressDetail, type QuizAnsweredItem } from './events/digituki-quiz-progress.js';
export { DigitukiErrorEvent, type DigitukiErrorDetail } from './events/digituki-error.js';

/**
 * Registers the quiz as `tagName` (say `city-digituki-quiz`), so a page where another build of
 * the quiz has taken `digituki-quiz` still gets this one. A name already taken is left as it is.
 * Returns the class now registered under the name.
 */
export function defineQuiz(tagName = 'digituki-quiz'): CustomElementConstructor {
  return defineElement(tagName, DigitukiQuiz, 'digituki-quiz');
}

defineQuiz();

/**
 * `<digituki-guide>` and `<digituki-quiz>` as plain tags in `.tsx`: React's JSX namespace knows
 * them, with the elements' properties typed from their classes. React 19 sets a prop the element
 * has as a property (objects included) and adds a listener for a function prop named `on` plus
 * the event's name (`ondigituki-outcome`); React 18 sets every prop as an attribute and adds no
 * listener, so there use `<DigitukiGuide>` or a ref for objects and events.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DigitukiGuide } from '../components/guide/guide.js';
import type { DigitukiQuiz } from '../components/quiz/quiz.js';
import type { DigitukiAnswerEvent } from '../events/digituki-answer.js';
import type { DigitukiErrorEvent } from '../events/digituki-error.js';
import type { DigitukiOutcomeEvent } from '../events/digituki-outcome.js';
import type { DigitukiQuizCompleteEvent } from '../events/digituki-quiz-complete.js';
import type { DigitukiQuizProgressEvent } from '../events/digituki-quiz-progress.js';
import type { GuideProperties, QuizProperties } from './element-properties.js';

/** The props of the plain `<digituki-guide>` tag. */
export type DigitukiGuideTagProps = DetailedHTMLProps<HTMLAttributes<DigitukiGuide>, DigitukiGuide> &
  GuideProperties & {
    /** React 19: a listener for `digituki-answer`. */
    'ondigituki-answer'?: (event: DigitukiAnswerEvent) => void;
    /** React 19: a listener for `digituki-outcome`. */
    'ondigituki-outcome'?: (event: DigitukiOutcomeEvent) => void;
    /** React 19: a listener for `digituki-error`. */
    'ondigituki-error'?: (event: DigitukiErrorEvent) => void;
  };

/** The props of the plain `<digituki-quiz>` tag. */
export type DigitukiQuizTagProps = DetailedHTMLProps<HTMLAttributes<DigitukiQuiz>, DigitukiQuiz> &
  QuizProperties & {
    /** The attribute for `passScore`, which works before the element is defined too. */
    'pass-score'?: QuizProperties['passScore'];
    /** The attribute for `badgeUrl`, which works before the element is defined too. */
    'badge-url'?: QuizProperties['badgeUrl'];
    /** The attribute for `guideUrl`, which works before the element is defined too. */
    'guide-url'?: QuizProperties['guideUrl'];
    /** React 19: a listener for `digituki-quiz-complete`. */
    'ondigituki-quiz-complete'?: (event: DigitukiQuizCompleteEvent) => void;
    /** React 19: a listener for `digituki-quiz-progress`. */
    'ondigituki-quiz-progress'?: (event: DigitukiQuizProgressEvent) => void;
    /** React 19: a listener for `digituki-error`. */
    'ondigituki-error'?: (event: DigitukiErrorEvent) => void;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX namespace can only be augmented as a namespace
  namespace JSX {
    interface IntrinsicElements {
      'digituki-guide': DigitukiGuideTagProps;
      'digituki-quiz': DigitukiQuizTagProps;
    }
  }
}

/**
 * The React entry (`digituki-guide/react`): `<DigitukiGuide>` and `<DigitukiQuiz>`, the elements
 * wrapped with `@lit/react` (typed props, events as `onDigitukiOutcome`...), and the JSX types
 * that let a `.tsx` file write `<digituki-guide>` and `<digituki-quiz>` as plain tags. Importing
 * it defines both elements under their default tags.
 */
import './jsx.js';

export { DigitukiGuide, type DigitukiGuideProps, type GuideEventProps } from './guide.js';
export { DigitukiQuiz, type DigitukiQuizProps, type QuizEventProps } from './quiz.js';
export type { DigitukiGuideTagProps, DigitukiQuizTagProps } from './jsx.js';
export type { GuideProperties, QuizProperties } from './element-properties.js';
export type { DigitukiGuide as DigitukiGuideElement } from '../components/guide/guide.js';
export type { DigitukiQuiz as DigitukiQuizElement } from '../components/quiz/quiz.js';
export { DigitukiAnswerEvent, type DigitukiAnswerDetail, DigitukiOutcomeEvent, type DigitukiOutcomeDetail, DigitukiErrorEvent, type DigitukiErrorDetail } from '../digituki-guide.js';
export { DigitukiQuizCompleteEvent, type DigitukiQuizCompleteDetail, DigitukiQuizProgressEvent, type DigitukiQuizProgressDetail, type QuizAnsweredItem } from '../digituki-quiz.js';

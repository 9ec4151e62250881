/**
 * The package's main entry (`digituki-guide`): defines the elements and exports their classes
 * and event types. The engine is `digituki-guide/engine`.
 */
export { DigitukiGuide } from './components/guide/guide.js';
export { DigitukiQuiz } from './components/quiz/quiz.js';
export { DigitukiAnswerEvent, type DigitukiAnswerDetail } from './events/digituki-answer.js';
export { DigitukiOutcomeEvent, type DigitukiOutcomeDetail } from './events/digituki-outcome.js';
export { DigitukiErrorEvent, type DigitukiErrorDetail } from './events/digituki-error.js';
export { DigitukiQuizCompleteEvent, type DigitukiQuizCompleteDetail } from './events/digituki-quiz-complete.js';
export { DigitukiQuizProgressEvent, type DigitukiQuizProgressDetail, type QuizAnsweredItem } from './events/digituki-quiz-progress.js';

/**
 * The quiz engine's public API (`digituki-guide/quiz-engine`), pure, no DOM: attempts drawn from
 * a scenario bank and its tree (`drawAttempt`), the page's settings checked, scoring, the quiz's
 * machine and what each screen shows, what `persist` keeps, and the xAPI statement.
 */
export type * from './quiz.types.js';
export { drawAttempt, localizedItem, type AttemptItem, type AttemptOption, type AttemptOptions } from './attempt.js';
export { drawItems, letteredPool, OPTION_IDS, type DrawOptions } from './draw-items.js';
export { itemPool, CHOOSE_TWO_OPTIONS } from './generate-items.js';
export { quizSettings, maxItemCount, DEFAULT_ITEM_COUNT, type QuizSettings, type QuizSettingProblem, type QuizSettingsResult } from './quiz-settings.js';
export { isAnsweredRight, scoreAttempt } from './score.js';
export { xapiStatement, xapiActorProblem, XAPI_VERBS, ITEMS_EXTENSION, type XapiStatement, type XapiActor, type StatementOptions } from './xapi.js';
export { quizMachine, currentItem, currentAnswerRight, type QuizMachine, type QuizContext, type QuizEvent, type QuizInput, type QuizTag } from './quiz-machine.js';
export { itemText, optionText, type QuizItemText, type QuizOptionText } from './quiz-text.js';
export { quizView, feedbackView, QUIZ_SCREENS, type QuizView, type QuizIntroView, type QuizItemView, type QuizFeedbackView, type QuizResultView, type QuizProgress, type QuizFeedbackOption, type QuizPrincipleView, type QuizMissedItem } from './quiz-view.js';
export { storedAttempt, parseStoredAttempt, type StoredAttempt, type ResumedAttempt } from './stored-attempt.js';

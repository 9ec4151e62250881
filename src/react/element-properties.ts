/**
 * What React may set on each element: the element's own public properties, typed from its class.
 * `null` (like `undefined`) restores a property's default, as on the element itself.
 */
import type { DigitukiGuide } from '../components/guide/guide.js';
import type { DigitukiQuiz } from '../components/quiz/quiz.js';

/** The guide's properties a host sets. */
export type GuideProperty = 'locale' | 'preset' | 'persist' | 'tree' | 'answers';

/** The quiz's properties a host sets. */
export type QuizProperty = 'locale' | 'items' | 'seed' | 'passScore' | 'persist' | 'badgeUrl' | 'guideUrl' | 'actor' | 'attemptState' | 'notRecorded';

export type GuideProperties = { [K in GuideProperty]?: DigitukiGuide[K] | null };

export type QuizProperties = { [K in QuizProperty]?: DigitukiQuiz[K] | null };

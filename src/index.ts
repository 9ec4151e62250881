/**
 * The package's main entry (`digituki-guide`) and the standalone bundle's: defines the elements
 * and exports their classes and event types. The engine is `digituki-guide/engine`.
 */
export { DigitukiGuide } from './components/guide/guide.js';
export { DigitukiAnswerEvent, type DigitukiAnswerDetail } from './events/digituki-answer.js';
export { DigitukiOutcomeEvent, type DigitukiOutcomeDetail } from './events/digituki-outcome.js';
export { DigitukiErrorEvent, type DigitukiErrorDetail } from './events/digituki-error.js';

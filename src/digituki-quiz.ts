/** The standalone quiz bundle's entry (dist/digituki-quiz.js): defines <digituki-quiz> alone. */
export { DigitukiQuiz } from './components/quiz/quiz.js';

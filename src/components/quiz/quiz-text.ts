/** The quiz's UI sentences that more than one screen uses, and what the live region says after each step. */
import { str } from '@lit/localize';
import type { QuizProgress, QuizResultView, QuizView } from '../../../machines/index.js';
import type { Msg } from '../../localization.js';

export function quizTitle(msg: Msg): string {
  return msg('Digital Supporter - Public Officer: practice quiz', { id: 'quiz.title', desc: 'The quiz heading; the badge name stays as DVV writes it in each language.' });
}

export function progress(msg: Msg, { number, total }: QuizProgress): string {
  return msg(str`Item ${number} of ${total}`, { id: 'quiz.progress', desc: 'Which item of how many.' });
}

export function verdict(msg: Msg, right: boolean): string {
  return right ? msg('Right.', { id: 'quiz.right', desc: 'Feedback heading when the answer is right.' }) : msg('Not right.', { id: 'quiz.wrong', desc: 'Feedback heading when the answer is wrong.' });
}

export function scoreLine(msg: Msg, { score, total }: QuizResultView): string {
  return msg(str`${score} of ${total} right`, { id: 'quiz.score', desc: 'The score on the result screen.' });
}

/** The polite live region's text for the screen now shown. */
export function announcement(msg: Msg, view: QuizView | undefined): string {
  if (view?.screen === 'feedback') return verdict(msg, view.right);
  if (view?.screen === 'item') return progress(msg, view);
  if (view?.screen === 'result') return scoreLine(msg, view);
  return '';
}

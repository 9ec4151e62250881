/** The quiz's introduction: what it covers, how many items, the pass rule, and Start. Renders only. */
import { str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { QuizIntroView } from '../../../machines/index.js';
import type { Msg } from '../../localization.js';
import { quizTitle } from './quiz-text.js';

export function introScreen(msg: Msg, { count, passScore, passAll }: QuizIntroView, start: () => void): TemplateResult {
  return html`
    <section part="intro" aria-labelledby="intro-heading">
      <h2 id="intro-heading" tabindex="-1" data-focus-target>${quizTitle(msg)}</h2>
      <p>
        ${msg('Practise telling digital support in a service situation from general digital support, and the limits of each.', {
          id: 'quiz.intro',
          desc: 'What the quiz covers (the badge competences).',
        })}
      </p>
      <ul>
        <li>${msg(str`${count} items: situations and statements.`, { id: 'quiz.intro.count', desc: 'How many items the attempt has.' })}</li>
        <li>
          ${passAll
            ? msg('To pass, answer every item right. The badge is awarded on correct answers; this practice asks for all of them.', { id: 'quiz.intro.pass-all', desc: 'The default pass rule.' })
            : msg(str`To pass, answer at least ${passScore} of ${count} right.`, { id: 'quiz.intro.pass-some', desc: 'A lowered pass rule.' })}
        </li>
        <li>${msg('After each answer you see the right course of action and why.', { id: 'quiz.intro.feedback', desc: 'What happens after each answer.' })}</li>
      </ul>
      <p class="help">${msg('This is practice: the badge itself is applied for from DVV.', { id: 'quiz.intro.practice', desc: 'Says that the quiz does not award the badge.' })}</p>
      <div part="actions" class="actions">
        <button part="button" class="primary" type="button" @click=${start}>${msg('Start', { id: 'quiz.start', desc: 'Button that starts the attempt.' })}</button>
      </div>
    </section>
  `;
}

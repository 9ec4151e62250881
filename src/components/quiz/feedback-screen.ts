/** After an answer: right or not, the right answer and why, why the chosen wrong ones are wrong, the principles. Renders only. */
import { html, nothing, type TemplateResult } from 'lit';
import type { QuizFeedbackView } from '../../../machines/index.js';
import type { Msg } from '../../localization.js';
import { progress, verdict } from './quiz-text.js';

export function feedbackScreen(msg: Msg, view: QuizFeedbackView, next: () => void): TemplateResult {
  return html`
    <section part="feedback" class="feedback ${view.right ? 'right' : 'wrong'}" aria-labelledby="feedback-heading">
      <p class="progress">${progress(msg, view)}</p>
      <h2 id="feedback-heading" tabindex="-1" data-focus-target>${verdict(msg, view.right)}</h2>
      <h3>${msg('The right answer', { id: 'quiz.right-answer', desc: 'Heading above the right option or options.' })}</h3>
      <ul>
        ${view.rightOptions.map((o) => html`<li><strong>${o.text}</strong>${o.why ? html` ${o.why}` : nothing}</li>`)}
      </ul>
      ${view.wrongChosen.length > 0
        ? html`<h3>${msg('Why your choice is not right', { id: 'quiz.why-wrong', desc: 'Heading above why the chosen wrong options are wrong.' })}</h3>
            <ul>
              ${view.wrongChosen.map((o) => html`<li><strong>${o.text}</strong> ${o.why ?? ''}</li>`)}
            </ul>`
        : nothing}
      <h3>${msg('Principles', { id: 'quiz.principles', desc: 'Heading above the principles the answer rests on.' })}</h3>
      <ul>
        ${view.principles.map((p) => html`<li><strong>${p.title}</strong>: ${p.text}</li>`)}
      </ul>
      <div part="actions" class="actions">
        <button part="button" class="primary" type="button" @click=${next}>
          ${view.last ? msg('See the result', { id: 'quiz.see-result', desc: 'Button after the last item.' }) : msg('Next item', { id: 'quiz.next', desc: 'Button to the next item.' })}
        </button>
      </div>
    </section>
  `;
}

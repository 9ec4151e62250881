/**
 * An answered item with what it teaches: right or not, the situation and every option as shown,
 * the chosen and the right ones marked in words (not by colour alone), why each right option is
 * right and each chosen wrong one wrong, with the principles. After an answer it leads on to the
 * next item; from the result's review, back to the result. Renders only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { QuizFeedbackOption, QuizFeedbackView } from '../../../machines/index.js';
import type { Msg } from '../../localization.js';
import { progress, verdict } from './quiz-text.js';

export interface FeedbackAction {
  readonly label: string;
  readonly run: () => void;
}

function marks(msg: Msg, option: QuizFeedbackOption): TemplateResult | typeof nothing {
  const labels = [
    option.right ? msg('Right answer', { id: 'quiz.mark.right', desc: 'Marks an option that is right, in the feedback.' }) : undefined,
    option.chosen ? msg('Your choice', { id: 'quiz.mark.chosen', desc: 'Marks the option the user chose, in the feedback.' }) : undefined,
  ].filter((label) => label !== undefined);
  return labels.length > 0 ? html`<span class="marks">${labels.map((label) => html`<span class="mark">${label}</span>`)}</span>` : nothing;
}

export function feedbackScreen(msg: Msg, view: QuizFeedbackView, action: FeedbackAction, review = false): TemplateResult {
  return html`
    <section part="feedback" class="feedback ${view.right ? 'right' : 'wrong'}" aria-labelledby="feedback-heading">
      <p class="progress">${progress(msg, view)}</p>
      <h2 id="feedback-heading" tabindex="-1" data-focus-target>${review ? view.heading : verdict(msg, view.right)}</h2>
      ${review ? html`<p class="verdict wrong"><strong>${verdict(msg, view.right)}</strong></p>` : html`<h3>${view.heading}</h3>`}
      ${view.situation ? html`<p part="situation" class="situation">${view.situation}</p>` : nothing}
      <p class="instruction">${view.prompt}</p>
      <ul class="answered-options">
        ${view.options.map(
          (option) => html`<li class="answered ${option.right ? 'is-right' : ''} ${option.chosen ? 'is-chosen' : ''}">
            ${marks(msg, option)}
            <span class="option-text">${option.text}</span>
            ${option.why ? html`<span class="why">${option.why}</span>` : nothing}
            ${option.principles.length > 0
              ? html`<span class="option-principles">${msg('Principles:', { id: 'quiz.option-principles', desc: 'Before the names of the principles an option rests on or goes against.' })} ${option.principles.map((p) => p.title).join('; ')}</span>`
              : nothing}
          </li>`,
        )}
      </ul>
      <h3>${msg('Principles', { id: 'quiz.principles', desc: 'Heading above the principles the answer rests on.' })}</h3>
      <ul>
        ${view.principles.map((p) => html`<li><strong>${p.title}</strong>: ${p.text}</li>`)}
      </ul>
      <div part="actions" class="actions">
        <button part="button" class="primary" type="button" @click=${action.run}>${action.label}</button>
      </div>
    </section>
  `;
}

/** "Your answers": each answered question with its answer and a way to change it ("Set by this page" for a preset, "Kept" for an answer waiting after a change). Renders only. */
import { html, nothing, type TemplateResult } from 'lit';
import type { GuideView } from '../../../machines/index.js';
import type { Msg } from '../../localization.js';

export function answerList(msg: Msg, { answered }: GuideView, change: (questionId: string) => void): TemplateResult | typeof nothing {
  if (answered.length === 0) return nothing;
  return html`
    <section part="answers" class="answers" aria-labelledby="answers-heading">
      <h2 id="answers-heading">${msg('Your answers', { id: 'ui.your-answers', desc: 'Heading of the list of answers given so far.' })}</h2>
      <dl>
        ${answered.map(
          (row) => html`<div class="row">
            <dt>${row.title}</dt>
            <dd>${row.labels}</dd>
            <dd class="change">
              ${row.preset
                ? html`<span class="status">${msg('Set by this page', { id: 'ui.preset', desc: 'Shown instead of a change link for an answer the page preset.' })}</span>`
                : row.kept
                  ? html`<span class="status">${msg('Kept: asked again if it still applies', { id: 'ui.kept', desc: 'Shown for an answer kept after an earlier answer was changed, until the walk reaches its question again.' })}</span>`
                  : html`<button part="button" class="link" type="button" @click=${() => change(row.questionId)}>
                      ${msg('Change', { id: 'ui.change', desc: 'Link to change one answer.' })}<span class="visually-hidden">: ${row.title}</span>
                    </button>`}
            </dd>
          </div>`,
        )}
      </dl>
    </section>
  `;
}

/** The panel shown instead of the quiz when the page's settings cannot be used: each setting named, with what it takes. Renders only. */
import { html, type TemplateResult } from 'lit';
import type { QuizSettingProblem } from '../../../machines/index.js';
import type { Msg } from '../../localization.js';

export function settingsErrorPanel(msg: Msg, problems: readonly QuizSettingProblem[]): TemplateResult {
  return html`
    <div part="base error" class="base error-panel" role="alert">
      <h2>${msg('This quiz cannot be shown: a setting on the page is invalid', { id: 'quiz.error.settings', desc: 'Heading of the error panel for invalid items, pass-score or seed attributes.' })}</h2>
      <ul>
        ${problems.map((p) => html`<li><code>${p.setting}</code> = <code>${p.given}</code>: ${p.expected}</li>`)}
      </ul>
    </div>
  `;
}

/**
 * One course of action's details, behind a native disclosure: why it is recommended (the rule's
 * "because" and the answers), its steps, what not to do, the principles with their status and
 * where to refer. Its action line is in "Do now" above. Renders only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { OutcomeView } from '../../../machines/index.js';
import type { Msg } from '../../localization.js';

export function outcomeCard(msg: Msg, outcome: OutcomeView, open: boolean): TemplateResult {
  const statusText = {
    VERIFIED: msg('sourced', { id: 'ui.status.verified', desc: 'Status of a principle stated in a listed source.' }),
    'FROM-SEED-SUMMARY': msg('from a summary of the guidance', { id: 'ui.status.summary', desc: 'Status of a principle known only from a summary.' }),
    INFERRED: msg('our reading, not an official rule', { id: 'ui.status.inferred', desc: 'Status of a principle the team inferred.' }),
  } as const;
  return html`
    <details part="outcome" class="outcome ${outcome.primary ? 'primary' : ''}" data-outcome=${outcome.id} ?open=${open}>
      <summary>${outcome.primary ? html`<span class="badge">${msg('First', { id: 'ui.result.first', desc: 'Badge on the primary course of action.' })}</span> ` : nothing}${outcome.title}</summary>
      <p class="action">${outcome.action}</p>
      ${outcome.inferred
        ? html`<p class="inferred">${msg('Good practice (our reading), not an official rule.', { id: 'ui.result.inferred', desc: 'Note on a course of action that no source states.' })}</p>`
        : nothing}
      ${outcome.reasons.length > 0
        ? html`<h4>${msg('Why', { id: 'ui.result.why', desc: 'Heading above why a course of action is recommended.' })}</h4>
            <ul part="reasons">
              ${outcome.reasons.map(
                (reason) =>
                  html`<li>
                    ${reason.because
                      ? html`${msg('Because', { id: 'ui.result.because', desc: 'Starts the reason of a course of action; the rule’s phrase follows.' })} ${reason.because}
                          <span class="status">(${reason.answers.map((a) => `${a.title} ${a.labels}`).join('; ')})</span>`
                      : reason.answers.map((a) => `${a.title} ${a.labels}`).join('; ')}
                  </li>`,
              )}
            </ul>`
        : nothing}
      <h4>${msg('Do', { id: 'ui.result.steps', desc: 'Heading above the steps.' })}</h4>
      <ol part="steps">
        ${outcome.steps.map((step) => html`<li>${step}</li>`)}
      </ol>
      ${outcome.never.length > 0
        ? html`<h4>${msg('Do not', { id: 'ui.result.avoid', desc: 'Heading above what not to do.' })}</h4>
            <ul part="must-not">
              ${outcome.never.map((item) => html`<li data-never=${item.id}>${item.text}</li>`)}
            </ul>`
        : nothing}
      <h4>${msg('Rests on', { id: 'ui.result.principles', desc: 'Heading above the principles a course of action rests on.' })}</h4>
      <ul part="principles">
        ${outcome.principles.map((p) => html`<li><strong>${p.title}</strong>: ${p.text} <span class="status">(${statusText[p.status]})</span></li>`)}
      </ul>
      ${outcome.referrals.length > 0
        ? html`<h4>${msg('Refer to', { id: 'ui.result.referrals', desc: 'Heading above where to refer the customer.' })}</h4>
            <ul part="referrals">
              ${outcome.referrals.map(
                (r) => html`<li><strong>${r.url ? html`<a href=${r.url} rel="noopener noreferrer" target="_blank">${r.name}</a>` : r.name}</strong>: ${r.detail}</li>`,
              )}
            </ul>`
        : nothing}
    </details>
  `;
}

/**
 * The recommendation: the courses of action, the organisation's contacts, why this advice, the
 * hand-over summary and the actions. Renders only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GuideView, ResultView, SummaryLabels } from '../../../machines/index.js';
import type { Msg } from '../../localization.js';
import { outcomeCard } from './outcome-card.js';

export interface RecommendationHost {
  /** The hand-over summary's text. */
  readonly summary: string;
  /** The summary was just copied. */
  readonly copied: boolean;
  /** The page put something in the `contacts` slot. */
  readonly hasContacts: boolean;
  copy(summary: string): void;
  contactsChanged(): void;
  back(): void;
  restart(): void;
}

/** The summary's headings, in the UI's language. */
export function summaryLabels(msg: Msg): SummaryLabels {
  return {
    heading: msg('hand-over summary', { id: 'ui.summary.heading', desc: 'First line of the copied summary, after the tree title.' }),
    situation: msg('Situation', { id: 'ui.summary.situation', desc: 'Summary section: the answers.' }),
    advised: msg('Advised', { id: 'ui.summary.advised', desc: 'Summary section: the courses of action.' }),
    referred: msg('Referred to', { id: 'ui.summary.referred', desc: 'Summary section: where the customer was referred.' }),
  };
}

export function recommendation(msg: Msg, view: GuideView, result: ResultView, host: RecommendationHost): TemplateResult {
  return html`
    <section part="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1" data-focus-target>${msg('What to do', { id: 'ui.result.heading', desc: 'Heading of the recommendation.' })}</h2>
      ${result.outcomes.length > 1
        ? html`<p>${msg('Start with the first course of action; the others apply too.', { id: 'ui.result.intro', desc: 'Under the recommendation heading when there are several courses of action.' })}</p>`
        : nothing}
      ${result.outcomes.length === 0
        ? html`<p class="error-message" role="alert">
            ${msg('This tree gives no course of action for these answers. Go back and check them, and tell whoever keeps the tree.', {
              id: 'ui.result.none',
              desc: 'Shown instead of the recommendation when a custom tree recommends nothing for the answers given.',
            })}
          </p>`
        : nothing}
      ${result.outcomes.map((outcome) => outcomeCard(msg, outcome))}
      <section part="contacts" class="contacts" aria-labelledby="contacts-heading" ?hidden=${!host.hasContacts}>
        <h3 id="contacts-heading">${msg('Your organisation’s contacts', { id: 'ui.contacts', desc: 'Heading above the contacts the host page adds.' })}</h3>
        <slot name="contacts" @slotchange=${() => host.contactsChanged()}></slot>
      </section>
      <details part="why">
        <summary>${msg('Why this advice', { id: 'ui.why', desc: 'Disclosure that lists the answers that led to the recommendation.' })}</summary>
        <ul>
          ${result.why.map((row) => html`<li>${row.title} <strong>${row.labels}</strong></li>`)}
        </ul>
      </details>
      <section part="summary" aria-labelledby="summary-heading">
        <h3 id="summary-heading">${msg('Hand-over summary', { id: 'ui.summary', desc: 'Heading of the copyable summary.' })}</h3>
        <p class="help">${msg('For your notes: the situation and the advice, with no personal data.', { id: 'ui.summary.help', desc: 'Under the summary heading.' })}</p>
        <textarea readonly aria-labelledby="summary-heading" .value=${host.summary}></textarea>
        <div class="actions">
          <button part="button" type="button" @click=${() => host.copy(host.summary)}>
            ${host.copied ? msg('Copied', { id: 'ui.copied', desc: 'Copy button after copying.' }) : msg('Copy summary', { id: 'ui.copy', desc: 'Button that copies the summary.' })}
          </button>
        </div>
      </section>
      <div part="actions" class="actions">
        ${view.canGoBack ? html`<button part="button" type="button" @click=${() => host.back()}>${msg('Back', { id: 'ui.back', desc: 'Button to the previous question.' })}</button>` : nothing}
        <button part="button" class="primary" type="button" @click=${() => host.restart()}>${msg('Start over', { id: 'ui.restart', desc: 'Button that clears the answers.' })}</button>
      </div>
    </section>
  `;
}

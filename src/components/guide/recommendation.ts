/**
 * The recommendation, answer first: "Do now" (each course's action line, the primary first and
 * marked when there are several) with "New customer" beside it; "Never": the most important
 * items (rank 1: harmful, unlawful, fraud) that apply as warnings always in sight, the rest behind
 * a disclosure of their own; then each course's details behind a disclosure ("Show all" opens
 * them), the organisation's contacts, the hand-over summary and Back. Renders only.
 */
import { str } from '@lit/localize';
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
  /** "Show all" was chosen: every course's details open. */
  readonly allOpen: boolean;
  /** The tree has customer texts: "Show the customer" is offered. */
  readonly canShowCustomer: boolean;
  showCustomer(): void;
  copy(summary: string): void;
  contactsChanged(): void;
  toggleAll(): void;
  back(): void;
  newCustomer(): void;
}

/** The summary's headings, in the UI's language. */
export function summaryLabels(msg: Msg): SummaryLabels {
  return {
    heading: msg('hand-over summary', { id: 'ui.summary.heading', desc: 'First line of the copied summary, after the tree title.' }),
    situation: msg('Situation', { id: 'ui.summary.situation', desc: 'Summary section: the answers.' }),
    advised: msg('Advised', { id: 'ui.summary.advised', desc: 'Summary section: the courses of action.' }),
    suggestedReferrals: msg('Suggested referrals', { id: 'ui.summary.suggested', desc: 'Summary section: where the guide suggests referring the customer (not a record that it was done).' }),
  };
}

export function recommendation(msg: Msg, view: GuideView, result: ResultView, host: RecommendationHost): TemplateResult {
  const inferred = msg('our reading', { id: 'ui.result.inferred-short', desc: 'Tag on a "Do now" line whose course of action is the team’s reading, not an official rule.' });
  const several = result.outcomes.length > 1;
  const warnings = result.never.filter((item) => item.rank === 1);
  const more = result.never.filter((item) => item.rank > 1);
  return html`
    <section part="result" aria-labelledby="result-heading">
      <div class="result-head">
        <h2 id="result-heading" tabindex="-1" data-focus-target>${msg('Do now', { id: 'ui.result.heading', desc: 'Heading of the recommendation: one line per course of action.' })}</h2>
        <button part="button new-customer" class="primary" type="button" @click=${() => host.newCustomer()}>
          ${msg('New customer', { id: 'ui.new-customer', desc: 'Button at the top of the result: clears the answers for the next customer (presets stay).' })}
        </button>
      </div>
      ${result.outcomes.length === 0
        ? html`<p class="error-message" role="alert">
            ${msg('This tree gives no course of action for these answers. Go back and check them, and tell whoever keeps the tree.', {
              id: 'ui.result.none',
              desc: 'Shown instead of the recommendation when a custom tree recommends nothing for the answers given.',
            })}
          </p>`
        : html`<ol part="do-now" class="do-now">
            ${result.outcomes.map(
              (outcome) =>
                // The spaces are expressions: a literal one between tags is what the minifier drops.
                html`<li class=${outcome.primary && several ? 'primary' : ''}>
                  ${outcome.primary && several ? html`<span class="badge">${msg('First', { id: 'ui.result.first', desc: 'Badge on the primary course of action.' })}</span>${' '}` : nothing}${outcome.action}${outcome.inferred
                    ? html`${' '}<span class="status">(${inferred})</span>`
                    : nothing}
                </li>`,
            )}
          </ol>`}
      ${result.never.length > 0
        ? html`<div part="never" class="never">
            <h3 id="never-heading">${msg('Never', { id: 'ui.result.never', desc: 'Heading of the merged list of what not to do under any of the courses.' })}</h3>
            ${warnings.length > 0
              ? html`<ul class="warnings" aria-labelledby="never-heading">
                  ${warnings.map((item) => html`<li data-never=${item.id}><span class="warning-icon" aria-hidden="true">!</span><strong>${item.text}</strong></li>`)}
                </ul>`
              : nothing}
            ${more.length > 0
              ? html`<details part="never-more">
                  <summary>${msg(str`More to avoid (${more.length})`, { id: 'ui.result.never-more', desc: 'Disclosure under Never with the less critical items of what not to do; the number of items follows.' })}</summary>
                  <ul class="more">
                    ${more.map((item) => html`<li data-never=${item.id}>${item.text}</li>`)}
                  </ul>
                </details>`
              : nothing}
          </div>`
        : nothing}
      ${host.canShowCustomer
        ? html`<div class="actions">
            <button part="button show-customer" type="button" @click=${() => host.showCustomer()}>
              ${msg('Show the customer', { id: 'ui.customer.show', desc: 'Opens a view of the advice in plain language, in large type, to show or read to the customer.' })}
            </button>
          </div>`
        : nothing}
      ${result.outcomes.length > 0
        ? html`<section part="details" aria-labelledby="details-heading">
            <div class="details-head">
              <h3 id="details-heading">${msg('Details', { id: 'ui.result.details', desc: 'Heading above each course of action’s steps, principles and referrals.' })}</h3>
              <button part="button" class="link" type="button" aria-expanded=${host.allOpen ? 'true' : 'false'} @click=${() => host.toggleAll()}>
                ${host.allOpen
                  ? msg('Hide all', { id: 'ui.result.hide-all', desc: 'Closes every course’s details.' })
                  : msg('Show all', { id: 'ui.result.show-all', desc: 'Opens every course’s details.' })}
              </button>
            </div>
            ${result.outcomes.map((outcome) => outcomeCard(msg, outcome, host.allOpen))}
          </section>`
        : nothing}
      <section part="contacts" class="contacts" aria-labelledby="contacts-heading" ?hidden=${!host.hasContacts}>
        <h3 id="contacts-heading">${msg('Your organisation’s contacts', { id: 'ui.contacts', desc: 'Heading above the contacts the host page adds.' })}</h3>
        <slot name="contacts" @slotchange=${() => host.contactsChanged()}></slot>
      </section>
      <section part="summary" aria-labelledby="summary-heading">
        <h3 id="summary-heading">${msg('Hand-over summary', { id: 'ui.summary', desc: 'Heading of the copyable summary.' })}</h3>
        <p class="help">${msg('For your notes: the situation and the advice, with no personal data and no judgements about the customer.', { id: 'ui.summary.help', desc: 'Under the summary heading: what the summary holds (answers that judge the person, such as their capacity, are left out).' })}</p>
        <textarea readonly aria-labelledby="summary-heading" .value=${host.summary}></textarea>
        <div class="actions">
          <button part="button" type="button" @click=${() => host.copy(host.summary)}>
            ${host.copied ? msg('Copied', { id: 'ui.copied', desc: 'Copy button after copying.' }) : msg('Copy summary', { id: 'ui.copy', desc: 'Button that copies the summary.' })}
          </button>
        </div>
      </section>
      ${view.canGoBack
        ? html`<div part="actions" class="actions">
            <button part="button" type="button" @click=${() => host.back()}>${msg('Back', { id: 'ui.back', desc: 'Button to the previous question.' })}</button>
          </div>`
        : nothing}
    </section>
  `;
}

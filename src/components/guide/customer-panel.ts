/**
 * "Show the customer": the recommended courses' customer texts in large type, in the language the
 * customer reads (chosen apart from the supporter's, the chosen one marked), with nothing
 * internal: no rule ids, no principle status, no staff wording; then the contacts the page gives
 * for customers (the `customer-contacts` slot). The supporter's controls (language, print, back)
 * are not printed; the texts fit one A4 page. Renders only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerView } from '../../../machines/index.js';
import type { Msg } from '../../localization.js';

export interface CustomerPanelHost {
  /** The tree's locales with each one's name in its own language. */
  readonly languages: readonly { readonly locale: string; readonly name: string }[];
  /** The page put something in the `customer-contacts` slot. */
  readonly hasContacts: boolean;
  /** Print was pressed but the page does not allow printing (a sandboxed frame without allow-modals). */
  readonly printBlocked: boolean;
  contactsChanged(): void;
  choose(locale: string): void;
  print(): void;
  close(): void;
}

/** `msg` is the supporter's (the controls), `customerMsg` the customer's (the heading). */
export function customerPanel(msg: Msg, customerMsg: Msg, view: CustomerView, host: CustomerPanelHost): TemplateResult {
  return html`
    <section part="customer-view" class="customer-view" aria-labelledby="customer-heading">
      <div class="customer-controls">
        <div role="group" aria-label=${msg('Language for the customer', { id: 'ui.customer.language', desc: 'Label of the language buttons in the customer view.' })}>
          ${host.languages.map(
            ({ locale, name }) =>
              html`<button part="button" type="button" lang=${locale} aria-pressed=${locale === view.locale ? 'true' : 'false'} @click=${() => host.choose(locale)}>${name}</button>`,
          )}
        </div>
        <div class="actions">
          <button part="button" type="button" @click=${() => host.print()}>${msg('Print', { id: 'ui.customer.print', desc: 'Prints the customer view.' })}</button>
          ${host.printBlocked
            ? html`<p class="help" role="status">${msg('This page does not allow printing: turn the screen to the customer instead.', { id: 'ui.customer.print-blocked', desc: 'Shown by Print when the page around the guide blocks printing (a sandboxed frame).' })}</p>`
            : nothing}
          <button part="button" class="primary" type="button" @click=${() => host.close()}>
            ${msg('Back to the advice', { id: 'ui.customer.close', desc: 'Leaves the customer view for the recommendation.' })}
          </button>
        </div>
      </div>
      <div class="customer-texts" lang=${view.locale}>
        <h2 id="customer-heading" tabindex="-1" data-focus-target>${customerMsg('What happens now', { id: 'ui.customer.heading', desc: 'Heading of the view shown to the customer, in the customer’s language.' })}</h2>
        ${view.texts.map(({ outcomeId, text }) => html`<p class="customer-text" data-customer-outcome=${outcomeId}>${text}</p>`)}
        <section part="customer-contacts" class="customer-contacts" aria-labelledby="customer-contacts-heading" ?hidden=${!host.hasContacts}>
          <h3 id="customer-contacts-heading">${customerMsg('Contact details', { id: 'ui.customer.contacts', desc: 'Heading of the contacts the page gives for customers, in the customer view (in the customer’s language).' })}</h3>
          <slot name="customer-contacts" @slotchange=${() => host.contactsChanged()}></slot>
        </section>
      </div>
    </section>
  `;
}

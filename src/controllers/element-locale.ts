/**
 * The element's language: its `locale` if the tree has it, else the closest `lang` of the page,
 * else Finnish. An unknown locale falls back with one console warning and a `digituki-error`.
 * Without a `locale` the element follows the page: a `lang` that changes anywhere above it
 * re-renders it (one MutationObserver per connected element, watching `lang` attributes only).
 * Also gives the element its `msg`, from the element's own UI string catalogue.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { DigitukiErrorEvent } from '../events/digituki-error.js';
import { msgFor, resolveLocale, uiLocale, type Catalogue, type Msg, type ResolvedLocale } from '../localization.js';

type LocaleHost = ReactiveElement & { locale?: string | null };

export class ElementLocale implements ReactiveController {
  /** The unknown locales already warned about: each warns once, however often the page switches to it. */
  private readonly warned = new Set<string>();
  private readonly pageLang = new MutationObserver(() => this.host.requestUpdate());

  constructor(
    private readonly host: LocaleHost,
    private readonly catalogue: Catalogue,
    /** The locales the element can show now (the tree's). */
    private readonly available: () => readonly string[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.pageLang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.pageLang.disconnect();
  }

  private get resolution(): ResolvedLocale {
    const documentLang = this.host.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return resolveLocale(this.host.locale, documentLang, this.available());
  }

  /** The locale to show the tree and the UI in. */
  get locale(): string {
    return this.resolution.locale;
  }

  /** `msg` for the element's UI strings in its locale. */
  get msg(): Msg {
    return this.msgIn(this.locale);
  }

  /** `msg` for the element's UI strings in another locale (the customer's, in the customer view). */
  msgIn(locale: string): Msg {
    return msgFor(this.catalogue, uiLocale(locale));
  }

  /** Warns once per unknown locale the host sets. Call when `locale` changes. */
  check(): void {
    const { unknown, locale } = this.resolution;
    if (unknown && !this.warned.has(unknown)) {
      this.warned.add(unknown);
      console.warn(`<${this.host.localName}>: locale "${unknown}" is not one of ${this.available().join(', ')}; showing ${locale}.`);
      this.host.dispatchEvent(new DigitukiErrorEvent({ reason: 'unknown-locale', ids: [unknown] }));
    }
  }
}

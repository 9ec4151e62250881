/**
 * The one module that owns localization. UI strings are written with `msg()` from @lit/localize,
 * extracted per component to XLIFF (locales/guide/, locales/quiz/) and built into
 * src/generated/<component>/ by `npm run localize`; each component hands its own catalogue to
 * `msgFor`, so a standalone bundle carries only its own strings. They are looked up per element:
 * @lit/localize's own locale is page-global, and a bilingual page may show a Finnish and a Swedish
 * guide side by side. `msgFor` returns `msg`'s type, so extraction still finds every call.
 */
import type { msg as litMsg } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type Msg = typeof litMsg;

/** Locales the UI strings exist in. */
export const UI_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];

/** Finnish, when neither the element nor the page names a locale the tree has. */
export const FALLBACK_LOCALE = 'fi';

/** What `str` produces, and what lit-localize builds a translated `str` into. */
interface StrResult {
  readonly strTag: true;
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

/** A component's translations: the generated templates keyed by locale (the source locale needs none). */
export type Catalogue = Readonly<Record<string, Readonly<Record<string, string | StrResult>>>>;

/** Fills a `str` template; a translation's `values` are the indexes of the source's values. */
function join(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string {
  return strings.reduce((text, part, i) => text + String(values[order ? (order[i - 1] as number) : i - 1]) + part);
}
const cache = new WeakMap<Catalogue, Map<string, Msg>>();

/**
 * A `msg` that translates into `locale` from `catalogue`, whatever the page-global locale is. Every message here
 * has an explicit id and is a string or a `str` template (no `html`), which keeps this lookup to
 * a few lines instead of @lit/localize's runtime with its id hashing.
 */
export function msgFor(catalogue: Catalogue, locale: string): Msg {
  let byLocale = cache.get(catalogue);
  if (!byLocale) cache.set(catalogue, (byLocale = new Map()));
  let msg = byLocale.get(locale);
  if (!msg) {
    const table = locale === sourceLocale ? undefined : catalogue[locale];
    msg = ((template: string | StrResult, options?: { id?: string }) => {
      const localized = options?.id === undefined ? undefined : table?.[options.id];
      if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
      return localized !== undefined && typeof localized !== 'string'
        ? join(localized.strings, template.values, localized.values)
        : join(template.strings, template.values);
    }) as unknown as Msg;
    byLocale.set(locale, msg);
  }
  return msg;
}

/** `fi-FI` → `fi`: the first locale of `available` that `tag` names, exactly or by language. */
export function matchLocale(tag: string | null | undefined, available: readonly string[]): string | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  return available.find((l) => l.toLowerCase() === lower) ?? available.find((l) => l.toLowerCase() === lower.split(/[-_]/)[0]);
}

export interface ResolvedLocale {
  /** The locale to show the tree and the UI in. */
  readonly locale: string;
  /** Set when the element asked for a locale the tree does not have. */
  readonly unknown?: string;
}

/**
 * The element's `locale` if the tree has it; else the document's `lang` (the closest `lang` up
 * the DOM); else Finnish; else the tree's first locale.
 */
export function resolveLocale(requested: string | null | undefined, documentLang: string | null, treeLocales: readonly string[]): ResolvedLocale {
  const own = matchLocale(requested, treeLocales);
  const locale = own ?? matchLocale(documentLang, treeLocales) ?? matchLocale(FALLBACK_LOCALE, treeLocales) ?? treeLocales[0] ?? FALLBACK_LOCALE;
  return requested && !own ? { locale, unknown: requested } : { locale };
}

/** The UI strings' locale for a tree locale: the same when the UI has it, else the source (English). */
export function uiLocale(locale: string): string {
  return matchLocale(locale, UI_LOCALES) ?? sourceLocale;
}

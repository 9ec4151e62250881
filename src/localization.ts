/**
 * The one module that owns localization. UI strings are written with `msg()` from @lit/localize
 * (extracted to XLIFF in locales/, built to src/generated/locales/ by `npm run localize`), but
 * looked up per element: @lit/localize's own locale is page-global, and a bilingual page may show
 * a Finnish and a Swedish guide side by side. `msgFor(locale)` has `msg`'s type, so extraction
 * still finds every call.
 */
import type { msg as litMsg } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { templates as fi } from './generated/locales/fi.js';
import { templates as sv } from './generated/locales/sv.js';

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

const templates: Record<string, Record<string, string | StrResult>> = { fi, sv };

/** Fills a `str` template; a translation's `values` are the indexes of the source's values. */
function join(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string {
  return strings.reduce((text, part, i) => text + String(values[order ? (order[i - 1] as number) : i - 1]) + part);
}
const cache = new Map<string, Msg>();

/**
 * A `msg` that translates into `locale` whatever the page-global locale is. Every message here
 * has an explicit id and is a string or a `str` template (no `html`), which keeps this lookup to
 * a few lines instead of @lit/localize's runtime with its id hashing.
 */
export function msgFor(locale: string): Msg {
  let msg = cache.get(locale);
  if (!msg) {
    const table = locale === sourceLocale ? undefined : templates[locale];
    msg = ((template: string | StrResult, options?: { id?: string }) => {
      const localized = options?.id === undefined ? undefined : table?.[options.id];
      if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
      return localized !== undefined && typeof localized !== 'string'
        ? join(localized.strings, template.values, localized.values)
        : join(template.strings, template.values);
    }) as unknown as Msg;
    cache.set(locale, msg);
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
export function resolveLocale(requested: string | undefined, documentLang: string | null, treeLocales: readonly string[]): ResolvedLocale {
  const own = matchLocale(requested, treeLocales);
  const locale = own ?? matchLocale(documentLang, treeLocales) ?? matchLocale(FALLBACK_LOCALE, treeLocales) ?? treeLocales[0] ?? FALLBACK_LOCALE;
  return requested && !own ? { locale, unknown: requested } : { locale };
}

/** The UI strings' locale for a tree locale: the same when the UI has it, else the source (English). */
export function uiLocale(locale: string): string {
  return matchLocale(locale, UI_LOCALES) ?? sourceLocale;
}

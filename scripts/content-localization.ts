/**
 * The content side of `npm run localize`: for each target locale of the UI (lit-localize's
 * config), `locales/content/<locale>.xlf` holds the content strings of the default tree and its
 * scenario bank (English source, the locale's target), synced both ways with the JSON files by
 * content-xliff.ts. A locale whose text is complete joins the content file's `locales`, so adding
 * a language is adding it to the lit-localize configs and translating the files `npm run
 * localize` writes. Pseudo-locales (pseudo-locale.ts) get generated translations.
 * `planContentLocalization` computes everything and writes nothing: the CLI writes its files,
 * the test checks that nothing would change and nothing awaits a translator.
 */
import { existsSync, readFileSync } from 'node:fs';
import stringify from 'json-stringify-pretty-compact';
import { flattenText, parseXliff, renderXliff, setText, syncUnits, type ContentFile, type ContentUnit } from './content-xliff.js';
import { isPseudoLocale, pseudoLocalize } from './pseudo-locale.js';

export const SOURCE_LOCALE = 'en';

/** The content files and, in each, the records keyed by locale that hold its text. */
export const CONTENT_FILES: readonly { readonly path: string; readonly records: readonly string[] }[] = [
  { path: 'machines/trees/digital-support/digital-support.tree.json', records: ['text'] },
  { path: 'machines/trees/digital-support/digital-support.scenarios.json', records: ['text', 'competenceText', 'promptText'] },
];

/** The UI's target locales, which the content follows (lit-localize.guide.json; the quiz's config lists the same). */
export function targetLocales(): string[] {
  return JSON.parse(readFileSync('lit-localize.guide.json', 'utf8')).targetLocales as string[];
}

export const xliffPath = (locale: string) => `locales/content/${locale}.xlf`;
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Content JSON as the scripts write it: compact where it fits, two-space indents, a final newline. */
export const formatJson = (data: unknown): string => stringify(data, { maxLength: 120, indent: 2 }) + '\n';

export interface LocalizationPlan {
  /** Every file and the text it should have. */
  readonly files: ReadonlyMap<string, string>;
  /** What keeps the content from being complete: strings to translate or review, conflicts. */
  readonly problems: readonly string[];
}

/** A translator's context for a unit: which file, and where in it. */
const context = (original: string, id: string) => `${original}: ${id.split('/').join(' › ')}`;

const listed = (ids: readonly string[]) => ids.slice(0, 8).join(', ') + (ids.length > 8 ? ` and ${ids.length - 8} more` : '');

export function planContentLocalization(read: (path: string) => string | undefined = readIfExists): LocalizationPlan {
  const files = new Map<string, string>();
  const problems: string[] = [];
  const content = CONTENT_FILES.map(({ path, records }) => ({ path, records, data: JSON.parse(read(path)!) as Record<string, any> })); // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const locale of targetLocales()) {
    const xliff = read(xliffPath(locale));
    const before = new Map((xliff === undefined ? [] : parseXliff(xliff)).map((f) => [f.original, new Map(f.units.map((u) => [u.id, u]))]));
    const written: ContentFile[] = [];
    const waiting: string[] = [];
    const review: string[] = [];
    for (const { path, records, data } of content) {
      const original = fileName(path);
      const units: ContentUnit[] = [];
      for (const record of records) {
        const source = flattenText(data[record]?.[SOURCE_LOCALE], record);
        let previous = before.get(original) ?? new Map<string, ContentUnit>();
        // A pseudo-locale's "translator" is pseudoLocalize: its file arrives as a translated one would.
        if (isPseudoLocale(locale)) previous = new Map([...source].map(([id, english]) => [id, { id, source: english, target: pseudoLocalize(english), state: 'translated' as const }]));
        const result = syncUnits(source, flattenText(data[record]?.[locale], record), previous);
        for (const id of result.conflicts) problems.push(`${xliffPath(locale)}: "${id}" of ${original} was changed both in the XLIFF and in the JSON since the last sync; undo one of the two.`);
        if (result.fromXliff.size > 0) {
          data[record] ??= {};
          data[record][locale] ??= {};
          for (const [id, value] of result.fromXliff) setText(data[record][locale], data[record][SOURCE_LOCALE], id.slice(record.length + 1), value);
        }
        units.push(...result.units);
      }
      waiting.push(...units.filter((u) => u.state === 'new').map((u) => `${original} ${u.id}`));
      review.push(...units.filter((u) => u.state === 'needs-review-translation').map((u) => `${original} ${u.id}`));
      written.push({ original, units });
    }
    files.set(xliffPath(locale), renderXliff(SOURCE_LOCALE, locale, written, context));
    if (waiting.length === 0) {
      for (const { data } of content) if (Array.isArray(data.locales) && !data.locales.includes(locale)) data.locales.push(locale);
    } else problems.push(`${xliffPath(locale)}: ${waiting.length} strings to translate (${listed(waiting)}).`);
    if (review.length > 0) {
      problems.push(
        `${xliffPath(locale)}: ${review.length} translations to review, their English changed (${listed(review)}): update the <target> and set state="translated", or set state="translated" to accept it as it is, then run \`npm run localize\`.`,
      );
    }
  }
  for (const { path, data } of content) files.set(path, formatJson(data));
  return { files, problems };
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/**
 * Content strings (the text of a tree or a scenario bank) to XLIFF 1.2 and back, for translators.
 * The content JSON is the one source: its English text is the XLIFF `<source>`, its translation
 * the `<target>`. `syncUnits` compares the JSON with the last XLIFF written and decides, string
 * by string, which side changed since (a hash of the target as last written is kept with each
 * unit): a translator's edit in the XLIFF goes into the JSON, an edit in the JSON goes into the
 * XLIFF, and a changed English source marks the translation `needs-review-translation` until a
 * translator updates it or accepts it (state `translated` or `final`). Pure functions; the CLI
 * is scripts/localize-content.ts.
 */
import { createHash } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';

/** XLIFF 1.2 states this tool writes or reads (`signed-off` and the like count as accepted). */
export type UnitState = 'new' | 'needs-review-translation' | 'translated' | 'final';

export interface ContentUnit {
  /** Where the string is in the locale's text: `outcomes/fraud-stop/steps/0`. */
  readonly id: string;
  readonly source: string;
  readonly target: string | undefined;
  readonly state: UnitState;
  /** The English the translation was made for, while it needs review. */
  readonly previousSource?: string;
  /** Hash of the target as this tool last wrote it: tells a translator's edit from the JSON's. */
  readonly synced?: string;
}

export interface ContentFile {
  /** The content file the units belong to, e.g. `digital-support.tree.json`. */
  readonly original: string;
  readonly units: readonly ContentUnit[];
}

/** Every string of a text object (nested records and lists) keyed by its path, in document order. */
export function flattenText(text: unknown, prefix = ''): Map<string, string> {
  const strings = new Map<string, string>();
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') strings.set(path, value);
    else if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}/${i}`));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) visit(item, path === '' ? key : `${path}/${key}`);
  };
  visit(text, prefix);
  return strings;
}

/**
 * Writes `value` at `path` into `text`, shaped like `like` (the source locale's text): records
 * and lists are created where missing, so a new language's text grows from its first string.
 */
export function setText(text: Record<string, unknown>, like: unknown, path: string, value: string): void {
  const keys = path.split('/');
  let node: Record<string, unknown> | unknown[] = text;
  let shape: unknown = like;
  keys.forEach((key, i) => {
    shape = (shape as Record<string, unknown> | undefined)?.[key];
    const slot = Array.isArray(node) ? Number(key) : key;
    if (i === keys.length - 1) {
      (node as Record<string | number, unknown>)[slot] = value;
      return;
    }
    const container = node as Record<string | number, unknown>;
    if (typeof container[slot] !== 'object' || container[slot] === null) container[slot] = Array.isArray(shape) ? [] : {};
    node = container[slot] as Record<string, unknown> | unknown[];
  });
}

export const hashText = (text: string | undefined): string => createHash('sha256').update(text ?? '').digest('hex').slice(0, 12);

export interface SyncResult {
  readonly units: ContentUnit[];
  /** Targets a translator changed in the XLIFF: to be written into the JSON. */
  readonly fromXliff: Map<string, string>;
  /** Strings changed on both sides since the last sync: neither is taken. */
  readonly conflicts: string[];
}

/**
 * The units for `source` (English strings by path) and `target` (the JSON's translation by
 * path), given the units of the last XLIFF written (`previous`, by id).
 */
export function syncUnits(source: ReadonlyMap<string, string>, target: ReadonlyMap<string, string>, previous: ReadonlyMap<string, ContentUnit>): SyncResult {
  const units: ContentUnit[] = [];
  const fromXliff = new Map<string, string>();
  const conflicts: string[] = [];
  for (const [id, english] of source) {
    const before = previous.get(id);
    let translation = target.get(id);
    if (before?.target !== undefined && (before.synced === undefined || hashText(before.target) !== before.synced)) {
      // The translator changed (or first wrote) the target in the XLIFF since it was written.
      if (translation !== undefined && before.synced !== undefined && hashText(translation) !== before.synced && translation !== before.target) conflicts.push(id);
      else if (translation !== before.target) fromXliff.set(id, (translation = before.target));
    }
    let state: UnitState;
    let previousSource: string | undefined;
    if (translation === undefined) state = 'new';
    else if (before === undefined) state = 'final';
    else if (before.source !== english) {
      state = 'needs-review-translation';
      previousSource = before.previousSource ?? before.source;
    } else if (before.state === 'needs-review-translation') {
      state = before.state;
      previousSource = before.previousSource;
    } else state = 'final';
    units.push({ id, source: english, target: translation, state, ...(previousSource !== undefined && { previousSource }), ...(translation !== undefined && { synced: hashText(translation) }) });
  }
  return { units, fromXliff, conflicts };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** XLIFF 1.2 with one `<file>` per content file, as translation tools read it. */
export function renderXliff(sourceLocale: string, targetLocale: string, files: readonly ContentFile[], context: (original: string, id: string) => string): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'];
  for (const file of files) {
    lines.push(`<file source-language="${escape(sourceLocale)}" target-language="${escape(targetLocale)}" original="${escape(file.original)}" datatype="plaintext">`, '<body>');
    for (const unit of file.units) {
      lines.push(`<trans-unit id="${escape(unit.id)}">`, `  <source>${escape(unit.source)}</source>`);
      if (unit.target !== undefined) lines.push(`  <target state="${unit.state}">${escape(unit.target)}</target>`);
      lines.push(`  <note from="context">${escape(context(file.original, unit.id))}</note>`);
      if (unit.previousSource !== undefined) lines.push(`  <note from="previous-source">${escape(unit.previousSource)}</note>`);
      if (unit.synced !== undefined) lines.push(`  <note from="digituki-sync">${unit.synced}</note>`);
      lines.push('</trans-unit>');
    }
    lines.push('</body>', '</file>');
  }
  lines.push('</xliff>', '');
  return lines.join('\n');
}

/** Reads the files and units of an XLIFF 1.2 document; a unit without a target has state `new`. */
export function parseXliff(xml: string): ContentFile[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const files: ContentFile[] = [];
  for (const file of Array.from(doc.getElementsByTagName('file'))) {
    const units: ContentUnit[] = [];
    for (const unit of Array.from(file.getElementsByTagName('trans-unit'))) {
      const child = (name: string) => unit.getElementsByTagName(name)[0];
      const note = (from: string) => Array.from(unit.getElementsByTagName('note')).find((n) => n.getAttribute('from') === from)?.textContent ?? undefined;
      const target = child('target');
      const previousSource = note('previous-source');
      const synced = note('digituki-sync');
      units.push({
        id: unit.getAttribute('id') ?? '',
        source: child('source')?.textContent ?? '',
        target: target?.textContent ?? undefined,
        state: ((target?.getAttribute('state') || (target ? 'translated' : 'new')) as UnitState),
        ...(previousSource !== undefined && { previousSource }),
        ...(synced !== undefined && { synced }),
      });
    }
    files.push({ original: file.getAttribute('original') ?? '', units });
  }
  return files;
}

/**
 * Each component's UI strings stay whole: every msg() id in its source is in its XLIFF files
 * (locales/<component>/fi.xlf, sv.xlf) with a non-empty translation keeping its placeholders,
 * and its generated runtime modules carry exactly those ids (run `npm run localize` after
 * changing a string).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { targetLocales } from '../../scripts/content-localization.js';
import { catalogueModule, ELEMENTS } from '../../scripts/ui-catalogue.js';
import { catalogue as guideCatalogue } from '../../src/generated/guide/catalogue.js';
import { catalogue as quizCatalogue } from '../../src/generated/quiz/catalogue.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const messageIds = (dir: string) =>
  new Set(sourceFiles(dir).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\{\s*id:\s*'([a-z-]+(?:\.[a-z-]+)+)'/g)].map((m) => m[1]!)));

function units(component: string, locale: string): Map<string, { source: string; target: string }> {
  const xliff = readFileSync(`locales/${component}/${locale}.xlf`, 'utf8');
  return new Map(
    [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map((m) => [
      m[1]!,
      { source: /<source>([\s\S]*?)<\/source>/.exec(m[2]!)?.[1] ?? '', target: /<target>([\s\S]*?)<\/target>/.exec(m[2]!)?.[1] ?? '' },
    ]),
  );
}

const placeholders = (s: string) => [...s.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();

describe('the languages', () => {
  it('are the same for both elements (lit-localize.guide.json and lit-localize.quiz.json), and include a pseudo-locale', () => {
    const configured = (element: string) => JSON.parse(readFileSync(`lit-localize.${element}.json`, 'utf8')).targetLocales;
    expect(configured('quiz')).toEqual(configured('guide'));
    expect(targetLocales()).toContain('en-XA');
  });

  it.each(ELEMENTS)('are all in the %s’s generated catalogue module (run `npm run localize`)', (element) => {
    expect(readFileSync(`src/generated/${element}/catalogue.ts`, 'utf8')).toBe(catalogueModule(element, targetLocales()));
  });
});

const CATALOGUES = { guide: guideCatalogue, quiz: quizCatalogue } as Record<string, Record<string, Record<string, unknown>>>;

describe.each(ELEMENTS.flatMap((element) => targetLocales().map((locale) => [element, locale, CATALOGUES[element]![locale]!] as const)))('the %s’s UI strings in %s', (component, locale, templates) => {
  const xliff = units(component, locale);
  const ids = messageIds(`src/components/${component}`);

  it('translate every msg() id of the component, and only those', () => {
    expect(ids.size).toBeGreaterThan(15);
    expect([...xliff.keys()].sort()).toEqual([...ids].sort());
  });

  it('have a non-empty translation with the same placeholders', () => {
    for (const [id, { source, target }] of xliff) {
      expect(target.trim(), id).not.toBe('');
      expect(placeholders(target), id).toEqual(placeholders(source));
    }
  });

  it('are built into the runtime module', () => {
    expect(Object.keys(templates).sort()).toEqual([...xliff.keys()].sort());
  });
});

/**
 * The UI strings' localization chain stays whole: every msg() id in src/ is in locales/fi.xlf and
 * sv.xlf with a non-empty translation keeping its placeholders, and the generated runtime
 * modules carry exactly those ids (run `npm run localize` after changing a string).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templates as fiTemplates } from '../../src/generated/locales/fi.js';
import { templates as svTemplates } from '../../src/generated/locales/sv.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const sourceIds = new Set(sourceFiles('src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\{\s*id:\s*'(ui\.[^']+)'/g)].map((m) => m[1]!)));

function units(locale: string): Map<string, { source: string; target: string }> {
  const xliff = readFileSync(`locales/${locale}.xlf`, 'utf8');
  return new Map(
    [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map((m) => [
      m[1]!,
      { source: /<source>([\s\S]*?)<\/source>/.exec(m[2]!)?.[1] ?? '', target: /<target>([\s\S]*?)<\/target>/.exec(m[2]!)?.[1] ?? '' },
    ]),
  );
}

const placeholders = (s: string) => [...s.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();

describe.each([
  ['fi', fiTemplates],
  ['sv', svTemplates],
])('UI strings in %s', (locale, templates) => {
  const xliff = units(locale);

  it('translate every msg() id of the source, and only those', () => {
    expect(sourceIds.size).toBeGreaterThan(20);
    expect([...xliff.keys()].sort()).toEqual([...sourceIds].sort());
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

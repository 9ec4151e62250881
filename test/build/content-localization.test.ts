/**
 * The content's translations (locales/content/<locale>.xlf, synced with the JSON content by
 * `npm run localize`): nothing would change if it ran now, and nothing waits for a translator.
 * When an English string changes, its translations are flagged for review and this fails until
 * they are updated or accepted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_FILES, planContentLocalization, targetLocales, xliffPath } from '../../scripts/content-localization.js';
import { parseXliff } from '../../scripts/content-xliff.js';
import { isPseudoLocale } from '../../scripts/pseudo-locale.js';

describe('the content translations', () => {
  const plan = planContentLocalization();

  it('have an XLIFF file per target locale and cover each content file', () => {
    for (const locale of targetLocales()) {
      const files = parseXliff(readFileSync(xliffPath(locale), 'utf8'));
      expect(files.map((f) => f.original)).toEqual(CONTENT_FILES.map((f) => f.path.slice(f.path.lastIndexOf('/') + 1)));
      expect(files.every((f) => f.units.length > 100), locale).toBe(true);
    }
  });

  it('are complete and reviewed: no string waits for a translation or a review', () => {
    expect(plan.problems).toEqual([]);
  });

  it('are in sync with the JSON content (run `npm run localize` after changing either)', () => {
    const stale = [...plan.files].filter(([path, text]) => readFileSync(path, 'utf8') !== text).map(([path]) => path);
    expect(stale).toEqual([]);
  });

  it('flag a translation for review when its English changes', () => {
    const [treeFile] = CONTENT_FILES;
    const changed = (path: string) => {
      const text = readFileSync(path, 'utf8');
      if (path !== treeFile!.path) return text;
      const data = JSON.parse(text);
      data.text.en.outcomes['fraud-stop'].title += ' now';
      return JSON.stringify(data);
    };
    const { problems } = planContentLocalization((path) => changed(path));
    expect(problems.filter((p) => p.includes('translations to review')).map((p) => p.split(':')[0])).toEqual(
      targetLocales().filter((l) => !isPseudoLocale(l)).map(xliffPath),
    );
    expect(problems.join('\n')).toContain('text/outcomes/fraud-stop/title');
  });
});

/**
 * The trainer's legend beside each SCORM package (issue 17 item 2): one row per option of every
 * item, keyed as Moodle's interactions report shows the answers (interaction id and letter), with
 * whether it is right and its text in the package's language; the letters are those of every attempt.
 */
import { describe, expect, it } from 'vitest';
import { drawItems, itemPool, optionText } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';
import { scormLegend } from '../../scripts/scorm-legend.js';

/** The legend's rows as fields (a small CSV reader: quoted fields with doubled quotes). */
function rows(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF'), 'a byte-order mark, for Excel').toBe(true);
  return csv
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, -1).map((m) => (m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replaceAll('""', '"') : m[1]!)));
}

const YES: Record<string, string> = { fi: 'kyllä', sv: 'ja', en: 'yes' };
const NO: Record<string, string> = { fi: 'ei', sv: 'nej', en: 'no' };

describe('the trainer’s legend of the SCORM reports', () => {
  it.each(['fi', 'sv', 'en'])('%s: a row per option of every item, keyed by interaction id and letter', (locale) => {
    const [head, ...body] = rows(scormLegend(tree, scenarios, locale));
    expect(head).toHaveLength(5);
    const pool = itemPool(tree, scenarios);
    expect(body).toHaveLength(pool.reduce((n, item) => n + item.options.length, 0));
    for (const [id, , letter, right, text] of body) {
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(letter).toMatch(/^[a-e]$/);
      expect(right).toBeTruthy();
      expect(text).toBeTruthy();
    }
    // A drawn attempt's letters and texts are the legend's, for any seed and attempt.
    for (const item of [...drawItems(tree, scenarios, { seed: 'legend', attempt: 3, count: 10 }), ...drawItems(tree, scenarios, { seed: 'other', attempt: 1, count: 10 })]) {
      for (const option of item.options) {
        const row = body.find(([id, , letter]) => id === item.id.replace(':', '_') && letter === option.id)!;
        expect(row, `${item.id} ${option.id}`).toBeDefined();
        expect(row[4]).toBe(optionText(tree, scenarios, locale, option).text);
        expect(row[3], `${item.id} ${option.id} right or not`).toBe(option.correct ? YES[locale] : NO[locale]);
      }
    }
  });
});

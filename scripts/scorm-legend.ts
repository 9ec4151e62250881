/**
 * A trainer's legend of the quiz's SCORM reports, per language: each item's interaction id (as
 * Moodle's interactions report shows it), then each option's letter (the same in every attempt and
 * for every learner), whether it is right, and its text, with the situation it belongs to. A CSV
 * file (UTF-8 with a byte-order mark, so Excel reads it as such) that `npm run package:scorm` writes
 * beside each package.
 */
import { itemText, letteredPool, optionText, type ScenarioBank, type TreeDefinition } from '../machines/index.js';
import { interactionId } from '../src/scorm/cmi-format.js';

const HEADINGS: Readonly<Record<string, { readonly columns: readonly string[]; readonly yes: string; readonly no: string }>> = {
  fi: { columns: ['Tunnus', 'Tehtävä', 'Kirjain', 'Oikein', 'Vaihtoehto'], yes: 'kyllä', no: 'ei' },
  sv: { columns: ['Id', 'Uppgift', 'Bokstav', 'Rätt', 'Alternativ'], yes: 'ja', no: 'nej' },
  en: { columns: ['Id', 'Item', 'Letter', 'Right', 'Option'], yes: 'yes', no: 'no' },
};

/** A CSV field: quoted when it holds a quote, a comma, a semicolon or a line break. */
const field = (value: string): string => (/[",;\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function scormLegend(tree: TreeDefinition, bank: ScenarioBank, locale: string): string {
  const headings = HEADINGS[locale] ?? HEADINGS.en!;
  const rows = [headings.columns];
  for (const item of letteredPool(tree, bank)) {
    const id = interactionId(item.id);
    if (id === undefined) throw new Error(`item ${item.id} has no SCORM interaction id`);
    const text = itemText(tree, bank, locale, item);
    for (const option of item.options) rows.push([id, text.heading, option.id, option.correct ? headings.yes : headings.no, optionText(tree, bank, locale, option).text]);
  }
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

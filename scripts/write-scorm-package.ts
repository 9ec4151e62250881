/**
 * `npm run package:scorm`: writes the quiz as SCORM 1.2 packages, one per language:
 * dist/digituki-quiz-scorm12.fi.zip, .sv.zip and .en.zip (see scripts/scorm-package.ts and
 * README, "The quiz in Moodle or eOppiva"), each with a trainer's legend of its reports beside it
 * (`.legend.csv`: scripts/scorm-legend.ts).
 *
 *   npm run package:scorm -- --locale sv --config my-course.json --parameters '?seed=course-1'
 *
 * `--locale`: only the package in this language (fi, sv or en); `--config`: another package
 * configuration (digituki-scorm.json: items, pass-score, seed, badge-url; its locale is the
 * package's); `--parameters`: launch parameters for the manifest's item; `--identifier` (with
 * `--locale`): the manifest identifier of a package this one replaces in an LMS activity.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { PackageConfig } from '../src/scorm/package-config.js';
import { scenarios, tree } from '../machines/trees/digital-support/index.js';
import { isScormLocale, packageScorm, packageScormAll, SCORM_LOCALES } from './scorm-package.js';
import { scormLegend } from './scorm-legend.js';

const { values } = parseArgs({ options: { locale: { type: 'string' }, config: { type: 'string' }, parameters: { type: 'string' }, identifier: { type: 'string' } } });
if (values.locale !== undefined && !isScormLocale(values.locale)) throw new Error(`--locale ${values.locale}: the packages are in ${SCORM_LOCALES.join(', ')}`);
if (values.identifier !== undefined && values.locale === undefined) throw new Error('--identifier names one package: give its --locale too');
const config = values.config ? (JSON.parse(readFileSync(values.config, 'utf8')) as PackageConfig) : undefined;
if (config?.locale !== undefined) console.warn(`${values.config}: its locale (${JSON.stringify(config.locale)}) is replaced by each package's language`);
const options = { ...(config ? { config } : {}), ...(values.parameters ? { parameters: values.parameters } : {}) };
const started = Date.now();
const packages = values.locale !== undefined && isScormLocale(values.locale) ? [await packageScorm({ ...options, locale: values.locale, ...(values.identifier ? { identifier: values.identifier } : {}) })] : await packageScormAll(options);
for (const { path, zip, files, identifier } of packages) console.log(`${path}: ${zip.length} bytes, identifier ${identifier}, ${files.join(', ')}`);
// A trainer's legend beside each package: interaction id, letter, right, option text.
for (const { path } of packages) {
  const locale = /\.(\w+)\.zip$/.exec(path)?.[1];
  if (locale === undefined) continue;
  const legend = path.replace(/\.zip$/, '.legend.csv');
  writeFileSync(legend, scormLegend(tree, scenarios, locale));
  console.log(`${legend}: the trainer's legend of the reports`);
}
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);

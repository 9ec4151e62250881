/**
 * `npm run package:scorm`: writes dist/digituki-quiz-scorm12.zip, the quiz as a SCORM 1.2 package
 * (see scripts/scorm-package.ts and README, "The quiz in Moodle or eOppiva").
 *
 *   npm run package:scorm -- --config my-course.json --parameters '?locale=sv'
 *
 * `--config`: another package configuration (digituki-scorm.json: locale, items, pass-score,
 * seed); `--parameters`: launch parameters for the manifest's item.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { packageScorm } from './scorm-package.js';

const { values } = parseArgs({ options: { config: { type: 'string' }, parameters: { type: 'string' } } });
const started = Date.now();
const { path, zip, files } = await packageScorm({
  ...(values.config ? { config: JSON.parse(readFileSync(values.config, 'utf8')) } : {}),
  ...(values.parameters ? { parameters: values.parameters } : {}),
});
console.log(`${path}: ${zip.length} bytes, ${files.join(', ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

/**
 * `npm run localize`: the UI strings of each element through lit-localize (extract to
 * locales/<element>/*.xlf, build into src/generated/<element>/), pseudo-locales filled with
 * generated translations, each element's catalogue module listing its locales, then the content
 * strings (content-localization.ts). Adding a language is adding it to `targetLocales` in
 * lit-localize.guide.json and lit-localize.quiz.json and translating the XLIFF files this writes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { planContentLocalization, targetLocales } from './content-localization.js';
import { isPseudoLocale, pseudoLocalizeXliff } from './pseudo-locale.js';
import { catalogueModule, ELEMENTS } from './ui-catalogue.js';

const litLocalize = (command: 'extract' | 'build', element: string) =>
  execFileSync('npx', ['lit-localize', command, '--config', `lit-localize.${element}.json`], { stdio: 'inherit' });

for (const element of ELEMENTS) {
  litLocalize('extract', element);
  for (const locale of targetLocales().filter(isPseudoLocale)) {
    const file = `locales/${element}/${locale}.xlf`;
    writeFileSync(file, pseudoLocalizeXliff(readFileSync(file, 'utf8')));
  }
  litLocalize('build', element);
  writeFileSync(`src/generated/${element}/catalogue.ts`, catalogueModule(element, targetLocales()));
}

const { files, problems } = planContentLocalization();
for (const [path, text] of files) {
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
for (const problem of problems) console.warn(problem);

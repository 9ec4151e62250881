/**
 * The quiz as SCORM 1.2 packages for Moodle (eOppiva) and other LMSs, one per language:
 * `dist/digituki-quiz-scorm12.<locale>.zip` with `imsmanifest.xml` (the title in that language),
 * the launch page `index.html`, the quiz's one-language standalone bundle
 * (`digituki-quiz.<locale>.js`), the launch module `scorm12-launch.js` (src/scorm/) and the
 * package configuration `digituki-scorm.json` (its `locale` the package's). Each package has an
 * identifier of its own, and the Finnish one keeps that of the earlier all-language package, so
 * that updating a Moodle activity with it keeps the activity's tracked data. It builds everything
 * it packs from the sources, so it needs nothing but `npm ci` first. The zip is deterministic:
 * fixed file dates and order, so the same sources give the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import terserPlugin from '@rollup/plugin-terser';
import typescriptPlugin from '@rollup/plugin-typescript';
import { rollup } from 'rollup';
import { quizTitle } from '../src/components/quiz/quiz-text.js';
import { catalogue } from '../src/generated/quiz/catalogue.js';
import { msgFor, uiLocale } from '../src/localization.js';
import { PACKAGE_CONFIG_FILE, type PackageConfig } from '../src/scorm/package-config.js';
import { buildStandalone } from './build-standalone.js';
import { deterministicZip } from './deterministic-zip.js';
import { MANIFEST_FILE, scormManifest } from './scorm-manifest.js';
import { launchPage } from './scorm-launch-page.js';

// Their types describe the CommonJS build (a namespace holding `default`); an ES module import
// (tsx, vitest) gets the ES build, whose default export is the plugin itself.
const typescript = typescriptPlugin as unknown as typeof typescriptPlugin.default;
const terser = terserPlugin as unknown as typeof terserPlugin.default;

/** The packages' languages: one package each. */
export const SCORM_LOCALES = ['fi', 'sv', 'en'] as const;

export type ScormLocale = (typeof SCORM_LOCALES)[number];

/**
 * Each package's manifest identifier. Moodle matches a new version of an activity's package to
 * the old by it (its items' identifiers, which derive from it): a changed one cuts the activity off
 * from its tracked data. Finnish keeps the earlier all-language package's.
 */
export const SCORM_IDENTIFIERS: Readonly<Record<ScormLocale, string>> = { fi: 'digituki-quiz-scorm12', sv: 'digituki-quiz-scorm12-sv', en: 'digituki-quiz-scorm12-en' };

/** Where `npm run package:scorm` writes the package in `locale`. */
export const scormPackagePath = (locale: ScormLocale) => `dist/digituki-quiz-scorm12.${locale}.zip`;

/** What the package's configuration says unless `packageScorm` is given another: 10 items, all of them to pass, a seed per learner (and the package's language). */
export const DEFAULT_PACKAGE_CONFIG: PackageConfig = { items: 10, 'pass-score': 10 };

export const isScormLocale = (value: string): value is ScormLocale => (SCORM_LOCALES as readonly string[]).includes(value);

export const LAUNCH_PAGE = 'index.html';
export const LAUNCH_MODULE = 'scorm12-launch.js';

export interface ScormPackageOptions {
  /** The package's language: its manifest title, its launch language and the only one it carries. Finnish by default. */
  readonly locale?: ScormLocale;
  /** Where to write the zip (`scormPackagePath(locale)` by default). */
  readonly path?: string;
  /** The package configuration; its `locale` becomes the package's. */
  readonly config?: PackageConfig;
  /** Launch parameters written into the manifest's item (`?seed=course-1`). */
  readonly parameters?: string;
  /** The manifest's identifier, when not the language's own (`SCORM_IDENTIFIERS`). */
  readonly identifier?: string;
}

export interface ScormPackage {
  readonly locale: ScormLocale;
  readonly identifier: string;
  readonly path: string;
  readonly zip: Uint8Array;
  /** The files in the zip, in its order. */
  readonly files: readonly string[];
}

/** Builds the quiz's bundle in `locale` and the launch module, writes the manifest, launch page and configuration, and zips them to `path`. */
export function packageScorm(options: ScormPackageOptions = {}): Promise<ScormPackage> {
  return writePackage(options, launchModuleBuild());
}

/** One package per language, one after the other (each build takes a few seconds), with one build of the launch module. */
export async function packageScormAll(options: Omit<ScormPackageOptions, 'locale' | 'path' | 'identifier'> = {}): Promise<ScormPackage[]> {
  const launchModule = launchModuleBuild();
  const packages: ScormPackage[] = [];
  for (const locale of SCORM_LOCALES) packages.push(await writePackage({ ...options, locale }, launchModule));
  return packages;
}

async function writePackage({ locale = 'fi', path = scormPackagePath(locale), config = DEFAULT_PACKAGE_CONFIG, parameters, identifier = SCORM_IDENTIFIERS[locale] }: ScormPackageOptions, launchModule: Promise<string>): Promise<ScormPackage> {
  if (!isScormLocale(locale)) throw new Error(`no SCORM package in ${JSON.stringify(locale)}: ${SCORM_LOCALES.join(', ')}`);
  const [quiz, ...lazy] = await buildStandalone('quiz', { only: [locale] });
  const title = quizTitle(msgFor(catalogue, uiLocale(locale)));
  const settings = Object.fromEntries(Object.entries(config).filter(([key]) => key !== 'locale'));
  const content = new Map<string, string>([
    [LAUNCH_PAGE, launchPage({ locale, titles: { [locale]: title }, scripts: [quiz!.fileName, LAUNCH_MODULE] })],
    [quiz!.fileName, quiz!.code],
    ...lazy.map((chunk): [string, string] => [chunk.fileName, chunk.code]),
    [LAUNCH_MODULE, await launchModule],
    [PACKAGE_CONFIG_FILE, `${JSON.stringify({ locale, ...settings }, null, 2)}\n`],
  ]);
  const files = [...content.keys()];
  const manifest = scormManifest({ identifier, version: packageVersion(), title, launch: LAUNCH_PAGE, files, parameters });
  const zip = deterministicZip([[MANIFEST_FILE, manifest], ...content]);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, zip);
  return { locale, identifier, path, zip, files: [MANIFEST_FILE, ...files] };
}

/** The package's version (package.json's), read from the file: the same however the script is run. */
function packageVersion(): string {
  return (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
}

/** The launch module's build, started now and awaited when the package is zipped (a failure is not "unhandled" before then). */
function launchModuleBuild(): Promise<string> {
  const build = buildLaunchModule();
  build.catch(() => {});
  return build;
}

/** The launch module (src/scorm/scorm12-launch.ts and what it imports), one minified ES module. */
async function buildLaunchModule(): Promise<string> {
  const bundle = await rollup({
    input: 'src/scorm/scorm12-launch.ts',
    onwarn: (warning, warn) => warn(warning),
    plugins: [
      // noCheck: `npm run typecheck` checks the same files; here only emit.
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist', sourceMap: false, noCheck: true }),
      terser({ format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ dir: 'dist', format: 'es' });
  await bundle.close();
  if (output.length !== 1 || output[0].type !== 'chunk') throw new Error(`the launch module should be one chunk, not ${output.map((o) => o.fileName).join(', ')}`);
  return output[0].code;
}

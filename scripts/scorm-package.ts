/**
 * The quiz as a SCORM 1.2 package for Moodle (eOppiva) and other LMSs:
 * `dist/digituki-quiz-scorm12.zip` with `imsmanifest.xml`, the launch page `index.html`, the
 * quiz's standalone bundle `digituki-quiz.js` (all languages), the launch module
 * `scorm12-launch.js` (src/scorm/) and the package configuration `digituki-scorm.json`. It builds
 * everything it packs from the sources, so it needs nothing but `npm ci` first. The zip is
 * deterministic: fixed file dates and order, so the same sources give the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import terserPlugin from '@rollup/plugin-terser';
import typescriptPlugin from '@rollup/plugin-typescript';
import { rollup } from 'rollup';
import { tree } from '../machines/trees/digital-support/index.js';
import { quizTitle } from '../src/components/quiz/quiz-text.js';
import { catalogue } from '../src/generated/quiz/catalogue.js';
import { msgFor, uiLocale } from '../src/localization.js';
import { PACKAGE_CONFIG_FILE, type PackageConfig } from '../src/scorm/package-config.js';
import { buildStandalone } from './build-standalone.js';
import { deterministicZip } from './deterministic-zip.js';
import { isPseudoLocale } from './pseudo-locale.js';
import { MANIFEST_FILE, scormManifest } from './scorm-manifest.js';
import { launchPage } from './scorm-launch-page.js';

// Their types describe the CommonJS build (a namespace holding `default`); an ES module import
// (tsx, vitest) gets the ES build, whose default export is the plugin itself.
const typescript = typescriptPlugin as unknown as typeof typescriptPlugin.default;
const terser = terserPlugin as unknown as typeof terserPlugin.default;

/** Where `npm run package:scorm` writes the package. */
export const SCORM_PACKAGE_PATH = 'dist/digituki-quiz-scorm12.zip';

/** What the package's configuration says unless `packageScorm` is given another: Finnish, 10 items, all of them to pass, a seed per learner. */
export const DEFAULT_PACKAGE_CONFIG: PackageConfig = { locale: 'fi', items: 10, 'pass-score': 10 };

export const LAUNCH_PAGE = 'index.html';
export const LAUNCH_MODULE = 'scorm12-launch.js';

export interface ScormPackageOptions {
  /** Where to write the zip. */
  readonly path?: string;
  readonly config?: PackageConfig;
  /** Launch parameters written into the manifest's item (`?locale=sv`). */
  readonly parameters?: string;
}

export interface ScormPackage {
  readonly path: string;
  readonly zip: Uint8Array;
  /** The files in the zip, in its order. */
  readonly files: readonly string[];
}

/** Builds the quiz bundle and the launch module, writes the manifest, launch page and configuration, and zips them to `path`. */
export async function packageScorm({ path = SCORM_PACKAGE_PATH, config = DEFAULT_PACKAGE_CONFIG, parameters }: ScormPackageOptions = {}): Promise<ScormPackage> {
  const [quiz, ...lazy] = await buildStandalone('quiz');
  const locales = tree.locales.filter((l) => !isPseudoLocale(l));
  const titles = Object.fromEntries(locales.map((l) => [l, quizTitle(msgFor(catalogue, uiLocale(l)))]));
  const locale = config.locale && locales.includes(config.locale) ? config.locale : 'fi';
  const content = new Map<string, string>([
    [LAUNCH_PAGE, launchPage({ locale, titles, scripts: [quiz!.fileName, LAUNCH_MODULE] })],
    [quiz!.fileName, quiz!.code],
    ...lazy.map((chunk): [string, string] => [chunk.fileName, chunk.code]),
    [LAUNCH_MODULE, await buildLaunchModule()],
    [PACKAGE_CONFIG_FILE, `${JSON.stringify(config, null, 2)}\n`],
  ]);
  const files = [...content.keys()];
  const manifest = scormManifest({ identifier: 'digituki-quiz-scorm12', version: packageVersion(), title: titles[locale]!, launch: LAUNCH_PAGE, files, parameters });
  const zip = deterministicZip([[MANIFEST_FILE, manifest], ...content]);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, zip);
  return { path, zip, files: [MANIFEST_FILE, ...files] };
}

/** The package's version (package.json's), read from the file: the same however the script is run. */
function packageVersion(): string {
  return (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
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

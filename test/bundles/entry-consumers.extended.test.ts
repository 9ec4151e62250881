/**
 * What an app gets from each entry of the package: the library build (rollup's `library` config,
 * without declarations, into a scratch directory standing in for `node_modules/digituki-guide`),
 * then a small consumer of each entry bundled and minified with rollup as an app would, and
 * checked for what it holds and weighed (measured: guide 74.2 KiB gzip, quiz 126.4, both 144.5,
 * engine 31.2, the tree 36.8, the bank 60.9; the quiz takes the whole tree here, which its
 * standalone bundle trims to the principles). Importing the guide must bring no scenario bank and
 * no quiz; importing the quiz no guide. Extended tier: the library build takes about half a minute.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolvePlugin from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import typescriptPlugin from '@rollup/plugin-typescript';
import { rollup, type Plugin, type RollupOptions } from 'rollup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';
// @ts-expect-error the rollup config is plain JavaScript
import { library } from '../../rollup.config.mjs';

// The plugins are CommonJS with an ES-style default: the function itself at run time, `.default` to TypeScript.
const nodeResolve = nodeResolvePlugin as unknown as typeof nodeResolvePlugin.default;
const terser = terserPlugin as unknown as typeof terserPlugin.default;
const typescript = typescriptPlugin as unknown as typeof typescriptPlugin.default;

const ROOT = resolve(import.meta.dirname, '../..');
let scratch: string;

/** The package as an app's node_modules holds it: package.json and the library build in dist/. */
async function installLibrary(into: string): Promise<void> {
  const config = library as RollupOptions;
  const plugins = (config.plugins as Plugin[]).map((plugin) =>
    plugin.name === 'typescript' ? typescript({ tsconfig: join(ROOT, 'tsconfig.build.json'), declaration: false, declarationDir: undefined, outDir: join(into, 'dist'), noCheck: true }) : plugin,
  );
  const bundle = await rollup({ ...config, plugins, onwarn: () => {} });
  await bundle.write({ ...(config.output as object), dir: join(into, 'dist'), sourcemap: false });
  await bundle.close();
  writeFileSync(join(into, 'package.json'), readFileSync(join(ROOT, 'package.json')));
}

/** A consumer app's bundle of `source`, minified, as text. */
async function consumerBundle(source: string): Promise<string> {
  const entry = join(scratch, 'app', `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const bundle = await rollup({
    input: entry,
    onwarn: () => {},
    // lit and xstate as the app's own node_modules would give them (this repository's).
    plugins: [nodeResolve({ rootDir: join(scratch, 'app'), modulePaths: [join(scratch, 'app', 'node_modules'), join(ROOT, 'node_modules')], exportConditions: ['production'] }), terser()],
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output[0].code;
}

const kib = (code: string) => gzipSync(code, { level: 9 }).length / 1024;
/** A string only the scenario bank holds. */
const bankText = scenarios.text.en!.SC01!.situation.slice(0, 40);
/** A string only the tree holds (an outcome's action line). */
const treeText = tree.text.en!.outcomes['guide-own-service']!.action.slice(0, 40);

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'digituki-consumers-'));
  const installed = join(scratch, 'app', 'node_modules', 'digituki-guide');
  mkdirSync(installed, { recursive: true });
  await installLibrary(installed);
  symlinkSync(join(ROOT, 'node_modules', 'lit'), join(scratch, 'app', 'node_modules', 'lit'));
}, 300_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a consumer of each entry', () => {
  const weights: Record<string, number> = {};
  afterAll(() => console.log(`consumer bundles, KiB gzip: ${Object.entries(weights).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`));

  it.each([
    // [entry, the consumer's code, what it must hold, what it must not, budget in KiB gzip]
    ['digituki-guide/guide', `import 'digituki-guide/guide';`, [treeText, 'digituki-guide'], [bankText, 'digituki-quiz'], 78],
    ['digituki-guide/quiz', `import 'digituki-guide/quiz';`, [bankText, 'digituki-quiz'], ['digituki-guide:'], 130],
    ['digituki-guide', `import 'digituki-guide';`, [treeText, bankText, 'digituki-guide', 'digituki-quiz'], [], 150],
    ['digituki-guide/engine', `export * from 'digituki-guide/engine';`, ['too-many-problems'], [bankText, treeText, 'LitElement'], 34],
    ['digituki-guide/quiz-engine', `export { drawAttempt } from 'digituki-guide/quiz-engine';`, [], [bankText, treeText, 'LitElement'], 3],
    ['digituki-guide/trees/digital-support/tree', `export { tree } from 'digituki-guide/trees/digital-support/tree';`, [treeText], [bankText], 40],
    ['digituki-guide/trees/digital-support/scenarios', `export { scenarios } from 'digituki-guide/trees/digital-support/scenarios';`, [bankText], [treeText], 64],
  ] as const)('%s', { timeout: 120_000 }, async (entry, source, holds, lacks, budget) => {
    const code = await consumerBundle(source);
    for (const text of holds) expect(code, `${entry} holds ${text}`).toContain(text);
    for (const text of lacks) expect(code, `${entry} lacks ${text}`).not.toContain(text);
    weights[entry] = kib(code);
    expect(kib(code), `${kib(code).toFixed(1)} KiB gzip`).toBeLessThanOrEqual(budget);
  });
});

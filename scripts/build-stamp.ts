/**
 * The build's stamp: a hash of everything `npm run build` reads (the sources, the content, the
 * build's configuration), written to dist/.build-stamp after a build. `prepack` builds only when
 * dist/ is not the build of the sources as they are, so `npm pack` right after `npm run build`
 * (or `.ci/run`'s tests, which build nothing into dist/) reuses or makes a build of this tree.
 *
 * `tsx scripts/build-stamp.ts write` writes it; `tsx scripts/build-stamp.ts check` exits 0 when
 * dist/ is current and 1 when it must be built.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const STAMP = join(ROOT, 'dist', '.build-stamp');
/** What the build reads. */
const INPUTS = ['src', 'machines', 'rollup.config.mjs', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** The hash of every input file's path and bytes, in a fixed order. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) hash.update(`${relative(ROOT, join(ROOT, file))}\0`).update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}

export function isCurrent(): boolean {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === sourceHash();
}

// Run as a script (not imported): the command line.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === 'write') writeFileSync(STAMP, `${sourceHash()}\n`);
  else if (command === 'check') process.exit(isCurrent() ? 0 : 1);
}

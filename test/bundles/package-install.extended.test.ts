/**
 * The package as a user gets it: `npm pack` (whose `prepack` builds dist/ unless it is the build
 * of these sources already), checked by the tools made for it (publint; Are the Types Wrong?,
 * with the ESM-only profile, as the package ships ES modules only), then installed from the
 * tarball into a scratch project as an app would, with every entry imported: the pure ones in
 * Node, the elements in Debian's Chromium, built from the installed package with Vite.
 * Extended tier: the build and the install take a few minutes on 2 cores.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
let scratch: string;
let tarball: string;
let app: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'digituki-install-'));
  execFileSync('npm', ['pack', '--pack-destination', scratch], { cwd: ROOT, stdio: 'pipe' });
  tarball = join(scratch, readdirSync(scratch).find((f) => f.endsWith('.tgz'))!);
  app = join(scratch, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'an-app', private: true, type: 'module' }));
  // React for the react entry (an optional peer); all from the npm cache `npm ci` filled.
  execFileSync('npm', ['install', tarball, 'react@19', 'react-dom@19', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app, stdio: 'pipe' });
}, 900_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the tarball', () => {
  it('holds the builds, the types, the manifest, the schemas and the locales, and nothing else', { timeout: 30_000 }, () => {
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const expected of ['package/dist/index.js', 'package/dist/guide.js', 'package/dist/react.js', 'package/dist/digituki-guide.js', 'package/dist/digituki-guide.js.map', 'package/dist/digituki-guide.fi.js', 'package/dist/types/src/index.d.ts', 'package/custom-elements.json', 'package/schema/tree.schema.json', 'package/locales/content/fi.xlf', 'package/README.md', 'package/LICENSE']) {
      expect(files, expected).toContain(expected);
    }
    expect(files.filter((f) => /\.zip$|\.build-stamp$|^package\/(src|machines|test|scripts|examples)\//.test(f))).toEqual([]);
  });

  // Each spawns a tool on the tarball: 2 to 6 s here, more on a loaded machine.
  it('passes publint with nothing to say', { timeout: 60_000 }, () => {
    const run = spawnSync(bin('publint'), ['run', tarball, '--strict'], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toContain('All good!');
    expect(run.status).toBe(0);
  });

  it('has types that resolve for every entry (Are the Types Wrong?, ESM only)', { timeout: 60_000 }, () => {
    const run = spawnSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'json'], { encoding: 'utf8' });
    // The ESM-only profile leaves out what `require()` and Node 10's resolution would see.
    const report = JSON.parse(run.stdout) as { problems?: Record<string, { entrypoint: string; resolutionKind?: string }[]> };
    const problems = Object.entries(report.problems ?? {}).flatMap(([kind, found]) => found.filter((p) => p.resolutionKind === undefined || ['node16-esm', 'bundler'].includes(p.resolutionKind)).map((p) => `${kind} ${p.entrypoint} (${p.resolutionKind})`));
    expect(problems).toEqual([]);
  });
});

describe('installed from the tarball', () => {
  it('imports the pure entries in Node', { timeout: 60_000 }, () => {
    const script = `
      const engine = await import('digituki-guide/engine');
      const quiz = await import('digituki-guide/quiz-engine');
      const both = await import('digituki-guide/trees/digital-support');
      const { tree } = await import('digituki-guide/trees/digital-support/tree');
      const { scenarios } = await import('digituki-guide/trees/digital-support/scenarios');
      const pkg = (await import('digituki-guide/package.json', { with: { type: 'json' } })).default;
      const items = quiz.drawAttempt(tree, scenarios, { seed: 's', attempt: 1, count: 3, locale: 'fi' });
      console.log(JSON.stringify({
        valid: engine.validateTree(tree).length === 0,
        recommends: engine.recommend(tree, { setting: 'general-support', circumstances: ['fraud'] }).status,
        items: items.length,
        same: both.tree === tree && both.scenarios === scenarios,
        name: pkg.name,
      }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ valid: true, recommends: 'complete', items: 3, same: true, name: 'digituki-guide' });
  });

  describe('the element entries in Chromium', () => {
    let server: Server;
    let browser: Browser;
    let origin: string;
    const bundles = new Map<string, string>();
    const ENTRIES: Record<string, string> = {
      main: `import { DigitukiGuide, DigitukiQuiz, defineGuide } from 'digituki-guide'; window.result = [customElements.get('digituki-guide') === DigitukiGuide, customElements.get('digituki-quiz') === DigitukiQuiz, typeof defineGuide];`,
      guide: `import { defineGuide } from 'digituki-guide/guide'; defineGuide('app-digituki-guide'); window.result = [!!customElements.get('digituki-guide'), !!customElements.get('app-digituki-guide'), !!customElements.get('digituki-quiz')];`,
      quiz: `import { defineQuiz } from 'digituki-guide/quiz'; window.result = [!!customElements.get('digituki-quiz'), !!customElements.get('digituki-guide'), typeof defineQuiz];`,
      react: `import { DigitukiGuide, DigitukiQuiz } from 'digituki-guide/react'; window.result = [typeof DigitukiGuide, typeof DigitukiQuiz, !!customElements.get('digituki-guide')];`,
    };
    const EXPECTED: Record<string, unknown[]> = {
      main: [true, true, 'function'],
      guide: [true, true, false],
      quiz: [true, false, 'function'],
      react: ['object', 'object', true],
    };

    beforeAll(async () => {
      for (const [name, source] of Object.entries(ENTRIES)) {
        const input = join(app, `${name}.js`);
        writeFileSync(input, source);
        // Vite, as an app would build it (React is CommonJS, which Vite takes as it is).
        const built = (await build({ root: app, configFile: false, logLevel: 'error', build: { write: false, minify: false, rollupOptions: { input, output: { inlineDynamicImports: true } } } })) as Rolldown.RolldownOutput;
        bundles.set(`/${name}.js`, built.output.find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry)!.code);
      }
      // The standalone bundles as installed, with the guide's validator chunk beside it.
      const dist = join(app, 'node_modules', 'digituki-guide', 'dist');
      server = createServer((request, response) => {
        const path = new URL(request.url!, 'http://app').pathname;
        const code = bundles.get(path);
        if (code) response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(code);
        else if (/^\/dist\/[\w.-]+\.js$/.test(path)) response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(execFileSync('cat', [join(dist, path.slice('/dist/'.length))]));
        else if (path.endsWith('.html')) response.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><html lang="en"><body><script type="module" src="${path.replace(/\.html$/, '.js')}"></script></body></html>`);
        else response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await launchChromium();
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise((done) => server?.close(done));
    });

    it.each(Object.keys(ENTRIES))('the %s entry', { timeout: 60_000 }, async (name) => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`${origin}/${name}.html`);
      await page.waitForFunction(() => 'result' in window, undefined, { timeout: 10_000 }).catch(() => errors.push('no result'));
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { result: unknown }).result)).toEqual(EXPECTED[name]);
      await page.close();
      expect(errors).toEqual([]);
    });

    it.each(['digituki-guide.js', 'digituki-quiz.js', 'digituki-guide.sv.js'])('the standalone %s as installed', { timeout: 60_000 }, async (file) => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${origin}/dist/${file.replace(/\.js$/, '.html')}`);
      const tag = file.startsWith('digituki-guide') ? 'digituki-guide' : 'digituki-quiz';
      await page.waitForFunction((t) => customElements.get(t) !== undefined, tag);
      await page.close();
      expect(errors).toEqual([]);
    });
  });
});

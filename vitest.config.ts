import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_LAUNCH, chromiumMissing } from './scripts/chromium.js';

/** Debian's Chromium, driven by Playwright without a downloaded browser; flags for a closed network. */
const chromium = playwright({ launchOptions: CHROMIUM_LAUNCH });

/**
 * A project of component tests in real Chromium, with deps pre-bundled up front so vite does not
 * reload a test when it meets them. A function: vitest names the browser instances it is given,
 * so two projects must not share one instances array.
 */
const chromiumProject = (name: string, include: string[], exclude: string[]) => ({
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directives/keyed.js', 'lit/directives/live.js', 'lit/static-html.js', '@lit/localize', '@lit/localize/internal/runtime-msg.js', 'xstate', '@open-wc/testing-helpers', 'axe-core'],
  },
  test: {
    name,
    include,
    exclude,
    // Each browser test takes under 2 s on idle cores; the limit leaves room for a loaded machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['test/support/browser-setup.ts'],
    browser: {
      enabled: true,
      provider: chromium,
      headless: true,
      instances: [{ browser: 'chromium' as const }],
      screenshotFailures: false,
    },
  },
});

/**
 * The same project on a machine without Chromium: its files run in Node, where a setup file fails
 * each at once with the one-line install hint, so the run counts them as failed files; vitest's
 * browser pool never starts (it fails with stack traces the run's summary does not count).
 */
const withoutChromium = (name: string, include: string[], exclude: string[]) => ({
  test: { name, include, exclude, environment: 'node', setupFiles: ['test/support/chromium-missing.ts'] },
});

const browserProject = (name: string, include: string[], exclude: string[] = []) =>
  chromiumMissing() === undefined ? chromiumProject(name, include, exclude) : withoutChromium(name, include, exclude);

// Two tiers (README, "Tests"):
// - `npm test` runs the projects `node`, `bundles` and `chromium`: everything a developer runs
//   before pushing, a few minutes on 2 cores;
// - `npm run test:extended` runs `extended-node` and `extended-chromium`: the exhaustive sweeps and
//   slow packaging checks, files named `*.extended.test.ts` and `*.extended.browser.test.ts`.
const EXTENDED = ['test/**/*.extended.test.ts', 'test/**/*.extended.browser.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Lit announces its dev mode once per run; the tests run Lit's dev build on purpose (its checks).
    onConsoleLog: (log) => !log.includes('Lit is in dev mode'),
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts', 'test/bundles/**', ...EXTENDED],
          environment: 'node',
          // Most take milliseconds; the slowest (scale.test.ts) sets its own limit.
          testTimeout: 15_000,
        },
      },
      {
        // Tests of the built standalone bundles: one production build per run, made by the global setup.
        test: {
          name: 'bundles',
          include: ['test/bundles/**/*.test.ts'],
          exclude: EXTENDED,
          environment: 'node',
          globalSetup: ['test/support/build-standalone-once.ts'],
        },
      },
      browserProject('chromium', ['test/**/*.browser.test.ts'], EXTENDED),
      {
        // One file at a time: the packaging checks build into dist/ (npm pack's prepack, the
        // SharePoint example), which two builds at once would clash over.
        test: { name: 'extended-node', include: ['test/**/*.extended.test.ts'], environment: 'node', fileParallelism: false },
      },
      browserProject('extended-chromium', ['test/**/*.extended.browser.test.ts']),
    ],
  },
});

import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/** Debian's Chromium, driven by Playwright without a downloaded browser; flags for a closed network. */
const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
});

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
          exclude: ['test/**/*.browser.test.ts'],
          environment: 'node',
        },
      },
      {
        // Pre-bundled up front, so vite does not reload a test when it meets them.
        optimizeDeps: {
          include: ['lit', 'lit/decorators.js', 'lit/directives/keyed.js', '@lit/localize', '@lit/localize/internal/runtime-msg.js', 'xstate', '@open-wc/testing-helpers', 'axe-core'],
        },
        test: {
          name: 'chromium',
          include: ['test/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            provider: chromium,
            headless: true,
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});

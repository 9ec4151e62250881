/**
 * Debian's Chromium as every browser run here drives it (vitest's browser projects, the bundle
 * tests, the browser benchmark): no downloaded browser, flags for a closed network.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** What to do when there is no browser at `CHROMIUM_LAUNCH.executablePath`, in one line; undefined when there is one. */
export function chromiumMissing(): string | undefined {
  const path = CHROMIUM_LAUNCH.executablePath;
  if (existsSync(path)) return undefined;
  return `Chromium not found at ${path}: install it (Debian: apt-get install chromium fonts-dejavu-core; elsewhere Chrome or Chromium) or set CHROMIUM_PATH to its executable.`;
}

/** Throws the one-line hint when the browser is missing, instead of Playwright's stack trace. */
export function assertChromium(): void {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
}

/** Launches the browser for a script or test that drives it through playwright-core; the one-line hint when it is missing. */
export function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch(CHROMIUM_LAUNCH);
}

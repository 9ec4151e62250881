/**
 * Debian's Chromium as every browser run here drives it (vitest's browser projects, the bundle
 * tests, the browser benchmark): no downloaded browser, flags for a closed network.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

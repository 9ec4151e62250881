/**
 * The setup file of the browser projects on a machine without Chromium (vitest.config.ts): each
 * test file fails at once with the one-line hint, before any of its tests, instead of vitest's
 * browser pool failing with stack traces that the run's summary would not count.
 */
import { assertChromium } from '../../scripts/chromium.js';

assertChromium();

/**
 * Runs before each browser test file. @open-wc/testing-helpers removes its fixtures after each
 * test only where `afterEach` is a global (mocha); vitest's is not, so without this every
 * fixture of a file would stay on the page and each test would run on a heavier page than the last.
 */
import { fixtureCleanup } from '@open-wc/testing-helpers';
import { afterEach } from 'vitest';

afterEach(() => fixtureCleanup());

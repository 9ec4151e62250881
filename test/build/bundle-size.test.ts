/**
 * The standalone bundle's budget: at most 45 KB gzip with lit, xstate, the engine, the component
 * and the default tree in all three locales. Checked by size, which is stable (never by timing).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildStandalone } from '../../scripts/build-standalone.js';

const BUDGET_BYTES = 45 * 1024;

describe('dist/digituki-guide.js', () => {
  it('is one self-contained module within 45 KB gzip', { timeout: 60_000 }, async () => {
    const chunks = await buildStandalone();
    expect(chunks.map((c) => c.fileName)).toEqual(['digituki-guide.js']);
    expect(chunks[0]!.imports).toEqual([]); // nothing left to fetch: lit and xstate are inside
    const gzipped = gzipSync(chunks[0]!.code, { level: 9 }).length;
    expect(gzipped, `${(gzipped / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

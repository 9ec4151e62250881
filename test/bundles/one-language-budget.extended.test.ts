/**
 * The one-language standalone bundles in the languages `npm test` does not build (it checks
 * Finnish, the longest): each within the same budget, with its own language's content only.
 * See test/bundles/budget.test.ts for the figures.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildStandalone } from '../../scripts/build-standalone.js';

const BUDGET_KIB = { guide: 50, quiz: 60 } as const;

describe.each(['sv', 'en'])('the one-language bundles in %s', (language) => {
  it.each(['guide', 'quiz'] as const)('digituki-%s is within its one-language budget', { timeout: 120_000 }, async (element) => {
    const [bundle] = await buildStandalone(element, { only: [language] });
    expect(bundle!.fileName).toBe(`digituki-${element}.${language}.js`);
    const kib = gzipSync(bundle!.code, { level: 9 }).length / 1024;
    expect(kib, `${kib.toFixed(1)} KiB gzip`).toBeLessThanOrEqual(BUDGET_KIB[element]);
  });
});

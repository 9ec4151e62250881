/**
 * The standalone bundles' budgets, checked by size (stable; never by timing):
 * - the guide: at most 60 KB gzip with lit, xstate, the engine, the component and the default
 *   tree in all three locales;
 * - the quiz: at most 110 KB gzip, most of it the scenario bank's text in three locales.
 * These are the totals the content issue (default content v2) sets for all three languages;
 * content is never cut to meet them. Its last stage adds budgets on code and content apart
 * (the guide's code at most 36 KB) and a language-at-a-time option.
 * The bundles are built once per run by test/support/build-standalone-once.ts.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

const BUDGETS = { guide: 60 * 1024, quiz: 110 * 1024 } as const;

describe.each(Object.entries(BUDGETS) as ['guide' | 'quiz', number][])('dist/digituki-%s.js', (which, budget) => {
  it(`is one self-contained module within ${budget / 1024} KB gzip`, () => {
    const chunks = inject('standalone')[which];
    expect(chunks.map((c) => c.fileName)).toEqual([`digituki-${which}.js`]);
    expect(chunks[0]!.imports).toEqual([]); // nothing left to fetch: lit and xstate are inside
    const gzipped = gzipSync(chunks[0]!.code, { level: 9 }).length;
    expect(gzipped, `${(gzipped / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(budget);
  });
});

describe('dist/digituki-quiz.js', () => {
  it('leaves the tree validator out: the quiz only uses the shipped tree, which its tests validate', () => {
    const [quiz] = inject('standalone').quiz;
    expect(quiz!.code).not.toContain('too-many-problems'); // a problem code only validateTree writes
    expect(inject('standalone').guide[0]!.code).toContain('too-many-problems'); // the guide checks a host's own tree
  });
});

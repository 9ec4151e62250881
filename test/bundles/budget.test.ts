/**
 * The standalone bundles' budgets, checked by size (stable; never by timing):
 * - the guide: at most 47 KB gzip with lit, xstate, the engine, the component and the default
 *   tree in all three locales (45 KB until the hardening added the defensive reading of trees,
 *   id checks, safe links and null handling, about 1.6 KB; the content issue replaces this with
 *   budgets on code and content apart);
 * - the quiz: at most 85 KB gzip, most of it the scenario bank's text in three locales.
 * The bundles are built once per run by test/support/build-standalone-once.ts.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

const BUDGETS = { guide: 47 * 1024, quiz: 85 * 1024 } as const;

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

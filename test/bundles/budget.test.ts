/**
 * The standalone bundles' budgets, checked by size (stable; never by timing), in KiB gzip
 * (level 9), of the module a page loads; the guide loads its tree validator from beside itself
 * only for a host's own tree. Measured, and README says the same:
 *
 * | bundle | budget | measured |
 * |---|---|---|
 * | the guide's code: everything but content text and UI translations | 38 | 35.4 |
 * | the guide in one language (`digituki-guide.fi.js`; sv 46.4, en 44.3) | 50 | 47.5 |
 * | the guide in all three (`digituki-guide.js`) | 72 | 70.0 |
 * | the guide's validator chunk (`digituki-guide-validator-<hash>.js`) | 7 | 6.0 |
 * | the quiz in one language (`digituki-quiz.fi.js`; sv 55.1, en 53.2) | 60 | 56.1 |
 * | the quiz in all three (`digituki-quiz.js`) | 110 | 97.7 |
 *
 * The guide's 38 and 50 are the budgets the content and robustness issues share (2 KiB above the
 * 36 and 48 before them): measure at each stage, take bytes from code, never from content. The
 * validator chunk took the tree reader (2 KiB) out of the guide's module, which had shipped all of
 * `read-tree.ts` for one `isRecord` (now `machines/tree/is-record.ts`), and grew with the checks of
 * conditional Never items and variants: it loads only for a host's own tree.
 * The content issue asked for 60 and 110 KiB with all three languages and 60 with one for the
 * quiz. Content alone breaks the guide's: each language of the tree is about 12 KiB of text, and
 * content is never cut to meet a budget, so those are raised to the measured sizes plus a little.
 * The quiz meets its own: it ships of the tree's text only the principles it shows (the rollup
 * config's `treeText`), and the bank (about 29 KiB a language). Finnish is the longest language;
 * the extended tier checks the others.
 * The bundles are built once per run by test/support/build-standalone-once.ts.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { tree } from '../../machines/trees/digital-support/index.js';
import { catalogue as guideStrings } from '../../src/generated/guide/catalogue.js';
import type { BuiltBundles } from '../support/build-standalone-once.js';

const KIB = 1024;
const BUDGETS: readonly { readonly name: keyof BuiltBundles; readonly file: string; readonly budget: number }[] = [
  { name: 'guideCode', file: 'digituki-guide.js', budget: 38 },
  { name: 'guideFi', file: 'digituki-guide.fi.js', budget: 50 },
  { name: 'guide', file: 'digituki-guide.js', budget: 72 },
  { name: 'quizFi', file: 'digituki-quiz.fi.js', budget: 60 },
  { name: 'quiz', file: 'digituki-quiz.js', budget: 110 },
];

const kib = (code: string) => gzipSync(code, { level: 9 }).length / KIB;

describe.each(BUDGETS)('$name ($file)', ({ name, file, budget }) => {
  it(`is one module within ${budget} KiB gzip, importing nothing up front`, () => {
    const [entry] = inject('standalone')[name];
    expect(entry!.fileName).toBe(file);
    expect(entry!.imports).toEqual([]); // lit and xstate are inside
    expect(kib(entry!.code), `${kib(entry!.code).toFixed(1)} KiB gzip`).toBeLessThanOrEqual(budget);
  });
});

describe('the tree validator', () => {
  it('is not in the guide’s module: a chunk beside it, within 7 KiB, loaded only for a host’s own tree', () => {
    const [entry, ...lazy] = inject('standalone').guide;
    expect(entry!.code).not.toContain('too-many-problems'); // a problem code only validateTree writes
    expect(lazy.map((c) => c.fileName)).toEqual([expect.stringMatching(/^digituki-guide-validator-[\w-]+\.js$/)]);
    expect(entry!.dynamicImports).toEqual([lazy[0]!.fileName]);
    expect(lazy[0]!.code).toContain('too-many-problems');
    expect(kib(lazy[0]!.code)).toBeLessThanOrEqual(7);
  });

  it('is not in the quiz at all: the quiz only uses the shipped tree, which its tests validate', () => {
    const quiz = inject('standalone').quiz;
    expect(quiz.map((c) => c.fileName)).toEqual(['digituki-quiz.js']);
    expect(quiz[0]!.code).not.toContain('too-many-problems');
  });
});

describe('the quiz', () => {
  it('ships of the tree’s text only the principles it shows', () => {
    const [quiz] = inject('standalone').quiz;
    const [guide] = inject('standalone').guide;
    const principleTitle = JSON.stringify(tree.text.en!.principles.P3!.title).slice(1, -1);
    const action = JSON.stringify(tree.text.en!.outcomes['guide-own-service']!.action).slice(1, -1);
    expect(guide!.code).toContain(action);
    expect(quiz!.code).toContain(principleTitle);
    expect(quiz!.code).not.toContain(action);
  });
});

describe('the one-language bundles', () => {
  it.each(['guideFi', 'quizFi'] as const)('%s holds Finnish and no Swedish or English content', (name) => {
    const [bundle] = inject('standalone')[name];
    const [all] = inject('standalone')[name === 'guideFi' ? 'guide' : 'quiz'];
    expect(bundle!.code).toContain('Digituki'); // the Finnish tree's title
    expect(bundle!.code).not.toContain('Digitalt stöd'); // the Swedish one's
    expect(all!.code).toContain('Digitalt stöd');
  });
});

describe.each(['guide', 'quiz', 'guideFi'] as const)('%s', (name) => {
  it('ships no pseudo-locale (en-XA is for tests and the demo)', () => {
    const [bundle] = inject('standalone')[name];
    expect(bundle!.code).not.toMatch(/\[[^\]"`]{3,}? ~+\]/); // a pseudo-translated string
    expect(bundle!.code).not.toContain('ţ');
    expect(bundle!.code).not.toContain(guideStrings['en-XA']['ui.back']); // the pseudo-locale's UI strings
  });
});

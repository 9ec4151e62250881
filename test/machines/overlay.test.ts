/** Overlays: an authority adapts a tree (referrals, texts, languages) without copying it, and the result is checked like any tree. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyOverlay, indexTree, recommend, validateTree, type TreeDefinition } from '../../machines/index.js';
import { tree } from '../../machines/trees/digital-support/index.js';
import { isPseudoLocale } from '../../scripts/pseudo-locale.js';
import { smallTree } from '../fixtures/trees/small-tree.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The default tree as the builds ship it: without the pseudo-locale the tests add (scripts/pseudo-locale.ts). */
function shippedLocalesOnly(definition: TreeDefinition): TreeDefinition {
  const copy = JSON.parse(JSON.stringify(definition)) as Mutable;
  copy.locales = copy.locales.filter((l: string) => !isPseudoLocale(l));
  copy.text = Object.fromEntries(Object.entries(copy.text).filter(([locale]) => copy.locales.includes(locale)));
  return copy as TreeDefinition;
}

const base = shippedLocalesOnly(tree);
const cityOverlay = JSON.parse(readFileSync('examples/overlay/city-overlay.json', 'utf8'));

describe('applyOverlay', () => {
  describe('the README example: a city adds its own digital support points and phone numbers', () => {
    const { tree: city, problems } = applyOverlay(base, cityOverlay);

    it('gives a valid tree with the overlay’s version', () => {
      expect(problems).toEqual([]);
      expect(validateTree(city)).toEqual([]);
      expect(city!.version).toBe(`${tree.version}+example-city-1`);
    });

    it('lists the city’s points first where the overlay says, with their text and address', () => {
      const outcome = city!.outcomes.find((o) => o.id === 'refer-general-support')!;
      expect(outcome.referrals).toEqual(['city-digital-support', 'city-library-digital-help', 'general-digital-support']);
      expect(city!.referrals['city-digital-support']!.url).toBe('https://www.example.fi/digituki');
      for (const locale of ['fi', 'sv', 'en']) expect(city!.text[locale]!.referrals['city-digital-support']!.detail).toMatch(/09 000 0000/);
    });

    it('changes no routing and no recommendation', () => {
      const walk = { setting: 'service-situation', circumstances: ['none'], request: 'guidance', owner: 'none', device: 'customer-own' };
      expect(recommend(city!, walk)).toEqual(recommend(base, walk));
      expect(city!.questions).toEqual(base.questions);
      const withoutReferrals = (t: TreeDefinition) => t.outcomes.map((o) => ({ ...o, referrals: [] }));
      expect(withoutReferrals(city!)).toEqual(withoutReferrals(base));
    });

    it('keeps the rest of the text as the base has it', () => {
      expect(city!.text.fi!.outcomes).toEqual(base.text.fi!.outcomes);
      expect(city!.text.sv!.referrals['general-digital-support']).toEqual(base.text.sv!.referrals['general-digital-support']);
    });
  });

  it('reports a base that is not a tree with the tree’s problems, never a TypeError (adversarial-3 A14)', () => {
    for (const base of [undefined, {}, { ...smallTree(), outcomes: undefined }]) {
      const result = applyOverlay(base as unknown as TreeDefinition, { base: 'small', version: 'x' });
      expect(result.tree).toBeUndefined();
      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.problems[0]!.message).toMatch(/^Base tree: /);
    }
  });

  it('replaces a text in one locale and leaves the others', () => {
    const { tree: changed, problems } = applyOverlay(smallTree(), { base: 'small', version: 'x', text: { fi: { outcomes: { stop: { title: 'Seis' } } } } });
    expect(problems).toEqual([]);
    expect(changed!.text.fi!.outcomes.stop!.title).toBe('Seis');
    expect(changed!.text.fi!.outcomes.stop!.steps).toEqual(smallTree().text.fi!.outcomes.stop!.steps);
    expect(changed!.text.en!.outcomes.stop!.title).toBe(smallTree().text.en!.outcomes.stop!.title);
  });

  it('adds a language whose text is complete, and names each missing string of one that is not', () => {
    const sv = JSON.parse(JSON.stringify(smallTree().text.en).replaceAll('(en)', '(sv)'));
    const added = applyOverlay(smallTree(), { base: 'small', version: 'sv', locales: ['sv'], text: { sv } });
    expect(added.problems).toEqual([]);
    expect(added.tree!.locales).toEqual(['en', 'fi', 'sv']);
    expect(indexTree(added.tree!).tree.text.sv!.questions.where!.title).toBe('Where? (sv)');
    delete sv.questions.whose.help;
    const incomplete = applyOverlay(smallTree(), { base: 'small', version: 'sv', locales: ['sv'], text: { sv } });
    expect(incomplete.tree).toBeUndefined();
    expect(incomplete.problems).toEqual([expect.objectContaining({ path: '/text/sv/questions/whose/help', code: 'missing-text' })]);
  });

  it.each([
    ['another tree’s overlay', { base: 'digital-support', version: '1' }, '/base'],
    ['an overlay without a version', { base: 'small' }, '/version'],
    ['routing, which an overlay cannot change', { base: 'small', version: '1', questions: {} }, '/questions'],
    ['an outcome the tree does not have', { base: 'small', version: '1', outcomes: { nope: { referrals: [] } } }, '/outcomes/nope'],
    ['an outcome change other than its referrals', { base: 'small', version: '1', outcomes: { stop: { principles: [] } } }, '/outcomes/stop'],
    ['an overlay that is a list', [], ''],
  ])('refuses %s, saying where', (_name, overlay, path) => {
    const result = applyOverlay(smallTree(), overlay);
    expect(result.tree).toBeUndefined();
    expect(result.problems.map((p) => p.path)).toContain(path);
    for (const p of result.problems) expect(p.message).toMatch(/^Overlay: /);
  });

  it('checks the result: a referral the overlay names but does not define', () => {
    const result = applyOverlay(smallTree(), { base: 'small', version: '1', outcomes: { stop: { referrals: ['bank', 'city-police'] } } });
    expect(result.problems).toEqual([expect.objectContaining({ path: '/outcomes/0/referrals/1', code: 'unknown-referral' })]);
  });

  it('never throws, whatever it is given', () => {
    for (const overlay of [undefined, null, 42, 'x', { base: 'small', version: '1', text: 'fi' }, { base: 'small', version: '1', referrals: [] }]) {
      expect(() => applyOverlay(smallTree(), overlay)).not.toThrow();
      expect(applyOverlay(smallTree(), overlay).problems.length).toBeGreaterThan(0);
    }
  });
});

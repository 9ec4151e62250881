/**
 * Every property and attribute of both elements, in any order and at any time: set before the
 * element upgrades, set before `tree`, set after the first render; and `null`, `undefined` or a
 * removed attribute restore the default (what `removeAttribute`, an unset React 19 prop or a Vue
 * prop bound to nothing do). Also: removing `persist` deletes what was stored, and referral
 * addresses become links only with a safe scheme.
 */
import { fixture, html } from '@open-wc/testing-helpers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Answers, TreeDefinition } from '../../machines/index.js';
import { tree } from '../../machines/trees/digital-support/index.js';
import '../../src/index.js';
import { DigitukiGuide } from '../../src/components/guide/guide.js';
import { DigitukiQuiz } from '../../src/components/quiz/quiz.js';
import type { DigitukiErrorEvent } from '../../src/events/digituki-error.js';
import { smallTree } from '../fixtures/trees/small-tree.js';
import { GuideHarness } from '../support/guide-harness.js';
import { clearStoredKeys, storedKeys } from '../support/session-keys.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeEach(() => {
  clearStoredKeys('digituki-guide');
  clearStoredKeys('digituki-quiz');
});

async function guide(template = html`<digituki-guide locale="en"></digituki-guide>`): Promise<GuideHarness> {
  const element = await fixture<DigitukiGuide>(template);
  await element.updateComplete;
  return new GuideHarness(element);
}

/** Settles a property change: the element renders, then any storage it writes is written. */
async function settled(element: DigitukiGuide | DigitukiQuiz): Promise<void> {
  await element.updateComplete;
  await element.updateComplete;
}

const deskAnswers: Answers = { where: 'desk', signs: ['none'] };
const smallTreeKey = 'digituki-guide:small:desk';

describe('<digituki-guide> properties in any order', () => {
  it('keeps every property set before the element upgrades', async () => {
    // A tag defined only after its element exists: what a page gets when the script loads late.
    const tag = 'digituki-guide-late';
    const element = document.createElement(tag) as DigitukiGuide;
    element.tree = smallTree();
    element.answers = deskAnswers;
    element.locale = 'fi';
    element.persist = 'desk';
    document.body.append(element);
    customElements.define(tag, class extends DigitukiGuide {});
    const g = new GuideHarness(element);
    await settled(element);
    expect(g.questionId).toBe('whose');
    expect(g.heading).toBe('Whose? (fi)');
    expect(element.answers).toEqual(deskAnswers);
    expect(storedKeys('digituki-guide')).toEqual([smallTreeKey]);
    element.remove();
  });

  it('takes answers set before the tree they belong to', async () => {
    const g = await guide();
    g.element.answers = deskAnswers; // not answers of the default tree
    g.element.tree = smallTree();
    await settled(g.element);
    expect(g.questionId).toBe('whose');
    expect(g.root.querySelector('[part~="error"]')).toBeNull();
  });

  it('takes every property after the first render', async () => {
    const g = await guide();
    g.element.tree = smallTree();
    g.element.preset = 'where=library';
    g.element.locale = 'fi';
    await settled(g.element);
    expect(g.questionId).toBe('signs');
    expect(g.heading).toBe('Signs? (fi)');
    g.element.answers = { signs: ['none'] };
    g.element.persist = 'desk';
    await settled(g.element);
    expect(g.questionId).toBe('whose');
    expect(JSON.parse(sessionStorage.getItem(smallTreeKey)!).data).toEqual({ signs: ['none'] });
  });

  it('shows an error panel and fires digituki-error for answers that do not exist, naming them', async () => {
    const g = await guide();
    const errors: DigitukiErrorEvent[] = [];
    g.element.addEventListener('digituki-error', (e) => errors.push(e));
    g.element.answers = { setting: 'library', whose: 'own' };
    await settled(g.element);
    const panel = g.root.querySelector('[part~="error"]')!.textContent!;
    expect(panel).toContain('"library" is not an option of "setting"');
    expect(panel).toContain('"whose" is not a question');
    expect(errors.map((e) => e.detail)).toEqual([{ reason: 'invalid-answers', ids: ['setting', 'whose'] }]);
  });

  describe.each([
    ['null', null],
    ['undefined', undefined],
  ])('%s restores the default', (_name, empty) => {
    it('tree: the default tree', async () => {
      const g = await guide(html`<digituki-guide locale="en" .tree=${smallTree()}></digituki-guide>`);
      expect(g.questionId).toBe('where');
      g.element.tree = empty;
      await settled(g.element);
      expect(g.questionId).toBe('setting');
      expect(g.element.tree).toBe(tree);
    });

    it('preset: no preset, and the removed preset no longer holds', async () => {
      const g = await guide(html`<digituki-guide locale="en" preset="setting=general-support"></digituki-guide>`);
      expect(g.questionId).toBe('circumstances');
      g.element.preset = empty;
      await settled(g.element);
      expect(g.questionId).toBe('setting');
      await g.answer('service-situation'); // allowed again: the preset is gone
      expect(g.element.answers).toEqual({ setting: 'service-situation' });
    });

    it('answers: starts over with none', async () => {
      const g = await guide();
      await g.walk({ setting: 'general-support', circumstances: ['none'] });
      g.element.answers = empty;
      await settled(g.element);
      expect(g.questionId).toBe('setting');
      expect(g.element.answers).toEqual({});
    });

    it('locale: the page language, then Finnish', async () => {
      const frame = await fixture<HTMLDivElement>(html`<div lang="sv"><digituki-guide locale="en"></digituki-guide></div>`);
      const element = frame.querySelector('digituki-guide')!;
      await settled(element);
      element.locale = empty;
      await settled(element);
      expect(new GuideHarness(element).heading).toBe(tree.text.sv!.questions.setting!.title);
      expect(element.hasAttribute('locale')).toBe(false);
    });

    it('persist: stops storing and deletes what was stored', async () => {
      const g = await guide(html`<digituki-guide locale="en" persist="desk"></digituki-guide>`);
      await g.answer('general-support');
      expect(storedKeys('digituki-guide')).toEqual(['digituki-guide:digital-support:desk']);
      g.element.persist = empty;
      await settled(g.element);
      expect(storedKeys('digituki-guide')).toEqual([]);
      await g.answer(['none']);
      expect(storedKeys('digituki-guide')).toEqual([]);
      expect(g.questionId).toBe('request'); // the walk goes on
    });
  });

  describe('a removed attribute restores the default', () => {
    it('preset', async () => {
      const g = await guide(html`<digituki-guide locale="en" preset="setting=general-support"></digituki-guide>`);
      g.element.removeAttribute('preset');
      await settled(g.element);
      expect(g.questionId).toBe('setting');
      expect(g.root.querySelector('[part~="error"]')).toBeNull();
    });

    it('locale', async () => {
      const frame = await fixture<HTMLDivElement>(html`<div lang="sv"><digituki-guide locale="en"></digituki-guide></div>`);
      const element = frame.querySelector('digituki-guide')!;
      await settled(element);
      element.removeAttribute('locale');
      await settled(element);
      expect(new GuideHarness(element).heading).toBe(tree.text.sv!.questions.setting!.title);
    });

    it('persist, which deletes what was stored', async () => {
      const g = await guide(html`<digituki-guide locale="en" persist="desk"></digituki-guide>`);
      await g.answer('general-support');
      g.element.removeAttribute('persist');
      await settled(g.element);
      expect(storedKeys('digituki-guide')).toEqual([]);
    });
  });

  it('moves what it stores when persist is renamed, keeping the walk', async () => {
    const g = await guide(html`<digituki-guide locale="en" persist="desk"></digituki-guide>`);
    await g.answer('general-support');
    g.element.persist = 'counter';
    await settled(g.element);
    expect(storedKeys('digituki-guide')).toEqual(['digituki-guide:digital-support:counter']);
    expect(g.questionId).toBe('circumstances');
  });
});

describe('<digituki-guide> given a tree again (issue 18 item 2; adversarial-3 A3)', () => {
  it('checks the same tree object again after it changed, and shows the change', async () => {
    const host = smallTree();
    const g = await guide(html`<digituki-guide locale="en" .tree=${host}></digituki-guide>`);
    expect(g.heading).toBe('Where? (en)');
    (host as Mutable).text.en.questions.where.title = 'Where are you?';
    g.element.tree = host;
    await settled(g.element);
    expect(g.heading).toBe('Where are you?');
  });

  it('after an invalid change to the same object: the error panel and digituki-error, and no action throws', async () => {
    const host = smallTree();
    const g = await guide(html`<digituki-guide locale="en" .tree=${host}></digituki-guide>`);
    const errors: DigitukiErrorEvent[] = [];
    g.element.addEventListener('digituki-error', (e) => errors.push(e));
    await g.answer('desk');
    delete (host as Mutable).questions.where;
    g.element.tree = host;
    await settled(g.element);
    expect(g.root.querySelector('[part~="error"]')!.textContent).toContain('/questions/where');
    expect(errors.map((e) => e.detail.reason)).toEqual(['invalid-tree']);
    expect(() => {
      g.element.back();
      g.element.restart();
    }).not.toThrow();
    await settled(g.element);
    expect(g.root.querySelector('[part~="error"]')).not.toBeNull();
  });

  it('keeps the walk when the tree given again has the same content (React and SPFx set properties again)', async () => {
    const g = await guide(html`<digituki-guide locale="en" .tree=${smallTree()}></digituki-guide>`);
    await g.answer('desk');
    expect(g.questionId).toBe('signs');
    g.element.tree = smallTree(); // a new object, equal content
    await settled(g.element);
    expect(g.questionId).toBe('signs');
    expect(g.element.answers).toEqual({ where: 'desk' });
    g.element.tree = null; // the default tree: a new walk
    await settled(g.element);
    expect(g.questionId).toBe('setting');
    await g.answer('general-support');
    g.element.tree = undefined; // the default again: the walk stays
    await settled(g.element);
    expect(g.questionId).toBe('circumstances');
  });

  it('shows that it is loading while a host’s tree is checked, never the default tree’s questions', async () => {
    const g = await guide();
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      seen.push(g.root.querySelector('[aria-busy="true"]') ? 'loading' : (g.questionId ?? 'other'));
    });
    observer.observe(g.root, { childList: true, subtree: true, characterData: true });
    g.element.tree = smallTree();
    await settled(g.element);
    observer.disconnect();
    expect(seen[0], 'what the guide shows first after the tree is set').toBe('loading');
    expect(seen.filter((shown) => shown !== 'loading'), 'after loading: the host’s tree only').not.toContain('setting');
    expect(g.questionId).toBe('where');
  });
});

describe('referral links', () => {
  const withUrl = (url: string): TreeDefinition => {
    const definition = smallTree() as Mutable;
    definition.referrals.bank.url = url;
    return definition as TreeDefinition;
  };
  const scamWalk = { where: 'desk', signs: ['scam'] };

  it('links an https address', async () => {
    const g = await guide(html`<digituki-guide locale="en" .tree=${withUrl('https://example.org/help')}></digituki-guide>`);
    await g.walk(scamWalk);
    expect(g.root.querySelector('[part="referrals"] a')!.getAttribute('href')).toBe('https://example.org/help');
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd'])(
    'refuses a tree with the address %s and links nothing',
    async (url) => {
      const g = await guide(html`<digituki-guide locale="en" .tree=${withUrl(url)}></digituki-guide>`);
      expect(g.root.querySelector('[part~="error"]')!.textContent).toContain('/referrals/bank/url');
      expect(g.root.querySelector('a')).toBeNull();
    },
  );
});

describe('<digituki-quiz> properties in any order', () => {
  async function quiz(template = html`<digituki-quiz locale="en" items="3" seed="test"></digituki-quiz>`): Promise<DigitukiQuiz> {
    const element = await fixture<DigitukiQuiz>(template);
    await settled(element);
    return element;
  }
  const intro = (element: DigitukiQuiz) => element.shadowRoot!.querySelector('[part="intro"]')!.textContent!;

  it('keeps every property set before the element upgrades', async () => {
    const tag = 'digituki-quiz-late';
    const element = document.createElement(tag) as DigitukiQuiz;
    element.items = 4;
    element.seed = 'late';
    element.passScore = 3;
    element.locale = 'en';
    document.body.append(element);
    customElements.define(tag, class extends DigitukiQuiz {});
    await settled(element);
    expect(intro(element)).toContain('at least 3 of 4 right');
    element.remove();
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
  ])('%s restores the defaults: 10 items, every item to pass', async (_name, empty) => {
    const element = await quiz(html`<digituki-quiz locale="en" items="4" pass-score="3" seed="test"></digituki-quiz>`);
    element.items = empty;
    element.passScore = empty;
    element.seed = empty;
    await settled(element);
    expect(intro(element)).toContain('10 items');
    expect(intro(element)).toContain('answer every item right');
  });

  it('restores the defaults when the attributes are removed', async () => {
    const element = await quiz(html`<digituki-quiz locale="en" items="4" pass-score="3" seed="test"></digituki-quiz>`);
    for (const name of ['items', 'pass-score', 'seed']) element.removeAttribute(name);
    await settled(element);
    expect(intro(element)).toContain('10 items');
    expect(intro(element)).toContain('answer every item right');
  });

  it('deletes what it stored when persist is removed, and stores nothing more', async () => {
    const element = await quiz(html`<digituki-quiz locale="en" items="3" seed="test" persist="practice"></digituki-quiz>`);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await settled(element);
    expect(storedKeys('digituki-quiz')).toEqual(['digituki-quiz:digital-support:practice']);
    element.removeAttribute('persist');
    await settled(element);
    expect(storedKeys('digituki-quiz')).toEqual([]);
    element.shadowRoot!.querySelector<HTMLInputElement>('fieldset input')!.click();
    await settled(element);
    expect(storedKeys('digituki-quiz')).toEqual([]);
  });
});

/**
 * The answer at a glance: on arrival at the recommendation "Do now" and the merged "Never" list
 * come first, within one screen for the walk the desk issue names (five courses), at 1280×800 and
 * at 375×740, with a fixed font stack (DejaVu Sans, installed by .ci/run) so the figures hold on
 * any machine. The courses' details stay behind disclosures until asked for.
 */
import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { applicableNever, enumeratePaths } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';
import '../../src/index.js';
import type { DigitukiGuide } from '../../src/components/guide/guide.js';
import { axeViolations } from '../support/axe.js';
import { circumstances, deskWords } from '../support/desk-reading.js';
import { FIVE_COURSES } from '../support/desk-walks.js';
import { GuideHarness } from '../support/guide-harness.js';

async function guideAt(width: number, height: number): Promise<GuideHarness> {
  await page.viewport(width, height);
  const frame = await fixture<HTMLDivElement>(html`<div style="font: 16px/1.5 'DejaVu Sans'; margin: 0"><digituki-guide locale="en"></digituki-guide></div>`);
  const element = frame.querySelector<DigitukiGuide>('digituki-guide')!;
  await element.updateComplete;
  return new GuideHarness(element);
}

/** Where "Do now" and "Never" end, in px from the top of the element. */
function answerEnds(g: GuideHarness): number {
  const top = g.element.getBoundingClientRect().top;
  const never = g.root.querySelector('[part~="never"]')!;
  return Math.round(never.getBoundingClientRect().bottom - top);
}

afterEach(async () => {
  await page.viewport(1280, 800);
});

describe('the recommendation, answer first', () => {
  it.each([
    [1280, 800, 800],
    [375, 740, 1480],
  ])('ends "Do now" and "Never" within %i×%i: by %i px', async (width, height, limit) => {
    const g = await guideAt(width, height);
    await g.walk(FIVE_COURSES);
    expect(g.outcomes).toHaveLength(5);
    const end = answerEnds(g);
    console.log(`"Do now" and "Never" end at ${end} px at ${width}×${height}`);
    expect(end).toBeLessThanOrEqual(limit);
  });

  describe('the longest walks of the default tree (by the words of Do now and the warnings)', () => {
    const paths = enumeratePaths(tree);
    const longest = (list: typeof paths) => list.reduce((a, b) => (deskWords(b, 'en') > deskWords(a, 'en') ? b : a));
    const few = longest(paths.filter((p) => circumstances(p) <= 1));
    const many = longest(paths.filter((p) => circumstances(p) > 1));

    it.each([
      ['at most one circumstance', 1280, 800, 800, few],
      ['at most one circumstance', 375, 740, 1480, few],
      ['two circumstances or more', 1280, 800, 1000, many],
      ['two circumstances or more', 375, 740, 1480, many],
    ] as const)('%s: every warning in sight, ending within %i×%i by %i px', async (_kind, width, height, limit, walk) => {
      const g = await guideAt(width, height);
      g.element.answers = walk.answers;
      await g.element.updateComplete;
      expect(g.outcomes).toEqual(walk.outcomes);
      const warnings = [...g.root.querySelectorAll<HTMLElement>('[part~="never"] .warnings li')];
      expect(warnings.length).toBeGreaterThan(0);
      for (const li of warnings) expect(li.checkVisibility() && li.closest('details') === null, li.dataset.never).toBe(true);
      const end = Math.round(g.root.querySelector('[part~="never"]')!.getBoundingClientRect().bottom - g.element.getBoundingClientRect().top);
      console.log(`${deskWords(walk, 'en')} words; Do now and Never end at ${end} px at ${width}×${height}`);
      expect(end).toBeLessThanOrEqual(limit);
    });
  });

  it('lists each course’s action line in order, the first marked in words, and every "never" item once, most important first', async () => {
    const g = await guideAt(1280, 800);
    await g.walk(FIVE_COURSES);
    const lines = [...g.root.querySelectorAll('[part~="do-now"] li')];
    expect(lines.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual(
      g.outcomes.map((id, i) => `${i === 0 ? 'First ' : ''}${tree.text.en!.outcomes[id]!.action}`),
    );
    const ids = [...g.root.querySelectorAll<HTMLElement>('[part~="never"] li')].map((li) => li.dataset.never!);
    const expected = [...new Set(g.outcomes.flatMap((id) => applicableNever(tree.outcomes.find((o) => o.id === id)!, Object.keys(FIVE_COURSES), FIVE_COURSES)))].sort((a, b) => tree.never![a]!.rank - tree.never![b]!.rank);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows every critical "never" item that applies as a warning in sight, the rest behind "More to avoid (n)" (issue 16 item 2)', async () => {
    const g = await guideAt(1280, 800);
    await g.walk(FIVE_COURSES);
    const applicable = [...new Set(g.outcomes.flatMap((id) => applicableNever(tree.outcomes.find((o) => o.id === id)!, Object.keys(FIVE_COURSES), FIVE_COURSES)))];
    const critical = applicable.filter((id) => tree.never![id]!.rank === 1);
    expect(critical.length, 'the walk has critical items').toBeGreaterThan(0);
    const warnings = [...g.root.querySelectorAll<HTMLElement>('[part~="never"] .warnings li')];
    expect(warnings.map((li) => li.dataset.never).sort()).toEqual([...critical].sort());
    for (const li of warnings) {
      expect(li.checkVisibility(), li.dataset.never).toBe(true);
      expect(li.closest('details'), 'not behind a disclosure').toBeNull();
      expect(li.querySelector('strong')!.textContent).toBe(tree.text.en!.never![li.dataset.never!]);
      expect(li.querySelector('[aria-hidden="true"]')!.textContent).toBe('!');
    }
    const more = g.root.querySelector<HTMLDetailsElement>('[part~="never-more"]')!;
    const rest = applicable.filter((id) => tree.never![id]!.rank > 1);
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')!.textContent!.trim()).toBe(`More to avoid (${rest.length})`);
    expect([...more.querySelectorAll<HTMLElement>('li')].map((li) => li.dataset.never).sort()).toEqual([...rest].sort());
    more.open = true;
    expect(await axeViolations(g.element)).toEqual([]);
  });

  it('marks "First" only when there are several courses', async () => {
    const g = await guideAt(1280, 800);
    await g.walk({ setting: 'service-situation', circumstances: ['fraud'] });
    expect(g.outcomes).toEqual(['fraud-stop']);
    expect(g.root.querySelector('[part~="do-now"] .badge')).toBeNull();
    expect(g.root.querySelector('[part~="do-now"] li')!.textContent!.trim()).toBe(tree.text.en!.outcomes['fraud-stop']!.action);
  });

  it('keeps the details closed until asked, and opens and closes them all with "Show all"; axe finds nothing either way', async () => {
    const g = await guideAt(1280, 800);
    await g.walk(FIVE_COURSES);
    const details = () => [...g.root.querySelectorAll<HTMLDetailsElement>('details[part~="outcome"]')];
    expect(details().map((d) => d.open)).toEqual([false, false, false, false, false]);
    expect(await axeViolations(g.element)).toEqual([]);
    await g.click('Show all');
    expect(details().every((d) => d.open)).toBe(true);
    expect(await axeViolations(g.element)).toEqual([]);
    await g.click('Hide all');
    expect(details().some((d) => d.open)).toBe(false);
  });

  it('fits 200 % zoom (double the text at 640 px) without scrolling sideways, on a question and on the result', async () => {
    await page.viewport(640, 800);
    const frame = await fixture<HTMLDivElement>(html`<div style="font: 32px/1.5 'DejaVu Sans'"><digituki-guide locale="fi"></digituki-guide></div>`);
    const g = new GuideHarness(frame.querySelector<DigitukiGuide>('digituki-guide')!);
    await g.element.updateComplete;
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(640);
    await g.walk(FIVE_COURSES);
    await g.click('Näytä kaikki');
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(640);
  });

  it('fits 320 px without scrolling sideways, details open', async () => {
    const g = await guideAt(320, 640);
    await g.walk(FIVE_COURSES);
    await g.click('Show all');
    expect(g.element.scrollWidth).toBeLessThanOrEqual(320);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('puts focus on "Do now" on arrival', async () => {
    const g = await guideAt(1280, 800);
    await g.walk(FIVE_COURSES);
    expect(g.root.activeElement?.textContent).toBe('Do now');
  });

  it('names under each course the rule’s reason and the answers that led to it', async () => {
    const g = await guideAt(1280, 800);
    await g.walk(FIVE_COURSES);
    const reasons = g.root.querySelector('[data-outcome="shared-device-care"] [part~="reasons"]')!.textContent!;
    expect(reasons).toContain(`Because ${tree.text.en!.rules!.R14!.because}`);
    expect(reasons).toContain(tree.text.en!.questions.device!.options.shared!.label);
  });
});

describe('the next customer', () => {
  it('clears the answers but the presets, puts focus on the first question, and offers Undo until the next answer', async () => {
    await page.viewport(1280, 800);
    const element = await fixture<DigitukiGuide>(html`<digituki-guide locale="en" preset="setting=service-situation"></digituki-guide>`);
    await element.updateComplete;
    const g = new GuideHarness(element);
    await g.walk(FIVE_COURSES); // the preset setting is skipped
    expect(g.outcomes).toHaveLength(5);
    await g.click('New customer');
    expect(g.questionId).toBe('circumstances');
    expect(element.answers).toEqual({ setting: 'service-situation' });
    expect(g.root.activeElement?.textContent).toContain(tree.text.en!.questions.circumstances!.title);
    expect(await axeViolations(element)).toEqual([]);
    await g.click('Undo');
    expect(g.outcomes).toHaveLength(5);
    expect(element.answers).toEqual(FIVE_COURSES);
    expect(g.root.activeElement?.textContent).toBe('Do now');
    expect(g.root.querySelector('[role="status"]')!.textContent).toContain(tree.text.en!.outcomes[g.outcomes[0]!]!.title);
    await g.click('New customer');
    await g.answer('none');
    expect(g.root.querySelector('[part~="undo"]')).toBeNull();
  });

  it('keeps the recommendation of a scenario the same after Undo', async () => {
    const element = await fixture<DigitukiGuide>(html`<digituki-guide locale="en"></digituki-guide>`);
    await element.updateComplete;
    const g = new GuideHarness(element);
    const scenario = scenarios.scenarios.find((s) => s.id === 'SC03')!;
    await g.walk(scenario.answers);
    await g.click('New customer');
    await g.click('Undo');
    expect(g.outcomes).toEqual(scenario.expected);
  });
});

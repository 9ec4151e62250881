/**
 * "Show the customer": the recommended courses in plain language, in large type, in a language
 * chosen apart from the supporter's, with nothing internal; printable on one A4 page; hidden for a
 * tree without customer texts.
 */
import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import type { TreeDefinition } from '../../machines/index.js';
import { tree } from '../../machines/trees/digital-support/index.js';
import '../../src/index.js';
import type { DigitukiGuide } from '../../src/components/guide/guide.js';
import { smallTree } from '../fixtures/trees/small-tree.js';
import { axeViolations } from '../support/axe.js';
import { FIVE_COURSES } from '../support/desk-walks.js';
import { GuideHarness } from '../support/guide-harness.js';

async function atResult(locale = 'fi'): Promise<GuideHarness> {
  const frame = await fixture<HTMLDivElement>(html`<div style="font: 16px/1.5 'DejaVu Sans'"><digituki-guide locale=${locale}></digituki-guide></div>`);
  const g = new GuideHarness(frame.querySelector<DigitukiGuide>('digituki-guide')!);
  await g.element.updateComplete;
  await g.walk(FIVE_COURSES);
  return g;
}

const texts = (g: GuideHarness) => [...g.root.querySelectorAll('.customer-text')].map((p) => p.textContent);

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
  await page.viewport(1280, 800);
});

describe('the customer view', () => {
  it('shows the recommended courses’ customer texts in large type, focus on its heading, nothing internal', async () => {
    const g = await atResult('fi');
    const outcomes = g.outcomes;
    await g.click('Näytä asiakkaalle');
    expect(texts(g)).toEqual(outcomes.map((id) => tree.text.fi!.outcomes[id]!.customer));
    expect(g.root.activeElement?.textContent).toBe('Mitä nyt tapahtuu');
    const shown = g.root.querySelector('.customer-texts')!.textContent!;
    expect(shown).not.toMatch(/\b[RPL]\d+\b/); // no rule or principle ids
    expect(shown).not.toMatch(/oppaan tulkinta|lähteen mukaan|VERIFIED|INFERRED/);
    expect(parseFloat(getComputedStyle(g.root.querySelector('.customer-text')!).fontSize)).toBeGreaterThanOrEqual(24);
    expect(await axeViolations(g.element)).toEqual([]);
  });

  it('switches the customer’s language apart from the supporter’s', async () => {
    const g = await atResult('fi');
    const outcomes = g.outcomes;
    await g.click('Näytä asiakkaalle');
    await g.click('svenska');
    expect(texts(g)).toEqual(outcomes.map((id) => tree.text.sv!.outcomes[id]!.customer));
    expect(g.root.querySelector('.customer-texts h2')!.textContent).toBe('Vad som händer nu');
    expect(g.root.querySelector('.customer-texts')!.getAttribute('lang')).toBe('sv');
    expect(g.button('Tulosta')).toBeDefined(); // the supporter's controls stay in Finnish
    await g.click('Takaisin ohjeeseen');
    expect(g.outcomes).toEqual(outcomes);
    expect(g.root.activeElement?.textContent).toBe('Tee nyt');
  });

  it('prints on one A4 page, without the supporter’s controls', async () => {
    const g = await atResult('fi');
    await g.click('Näytä asiakkaalle');
    await page.viewport(718, 1047); // A4 at 96 dpi within 1.0 cm margins
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    const panel = g.root.querySelector('[part~="customer-view"]')!;
    expect(getComputedStyle(g.root.querySelector('.customer-controls')!).display).toBe('none');
    const height = Math.round(panel.getBoundingClientRect().height);
    console.log(`customer view printed: ${height} px of 1047`);
    expect(height).toBeLessThanOrEqual(1047);
    expect(await axeViolations(g.element), 'the customer view as printed').toEqual([]);
  });

  it('has no axe violations on the recommendation as printed, details closed and open', async () => {
    const g = await atResult('fi');
    await page.viewport(718, 1047);
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    expect(await axeViolations(g.element)).toEqual([]);
    await g.click('Näytä kaikki');
    expect(g.root.querySelectorAll('details[open]').length).toBe(g.outcomes.length);
    expect(await axeViolations(g.element)).toEqual([]);
  });

  it('is not offered for a tree without customer texts, and nothing complains', async () => {
    const plain = JSON.parse(JSON.stringify(smallTree())) as { text: Record<string, { outcomes: Record<string, { customer?: string }> }> };
    for (const text of Object.values(plain.text)) for (const outcome of Object.values(text.outcomes)) delete outcome.customer;
    const errors: Event[] = [];
    const listen = (e: Event) => errors.push(e);
    document.addEventListener('digituki-error', listen);
    const element = await fixture<DigitukiGuide>(html`<digituki-guide locale="en" .tree=${plain as unknown as TreeDefinition}></digituki-guide>`);
    const g = new GuideHarness(element);
    await element.updateComplete;
    await g.walk({ where: 'desk', signs: ['none'], whose: 'own' });
    expect(g.outcomes).toEqual(['guide']);
    expect(g.root.querySelector('[part~="show-customer"]')).toBeNull();
    document.removeEventListener('digituki-error', listen);
    expect(errors).toEqual([]);
  });
});

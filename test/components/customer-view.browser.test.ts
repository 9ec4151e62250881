/**
 * "Show the customer": the recommended courses in plain language, in large type, in a language
 * chosen apart from the supporter's, with nothing internal; printable on one A4 page; hidden for a
 * tree without customer texts.
 */
import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { customerView, enumeratePaths, indexTree, type GuideContext, type TreeDefinition } from '../../machines/index.js';
import { tree } from '../../machines/trees/digital-support/index.js';
import '../../src/index.js';
import type { DigitukiGuide } from '../../src/components/guide/guide.js';
import { smallTree } from '../fixtures/trees/small-tree.js';
import { axeViolations } from '../support/axe.js';
import { customerWords } from '../support/desk-reading.js';
import { FIVE_COURSES } from '../support/desk-walks.js';
import { GuideHarness } from '../support/guide-harness.js';

/** Five contact lines for customers, as an organisation would give them. */
const CUSTOMER_CONTACTS = html`<ul slot="customer-contacts">
  <li>Customer service: 09 123 4567 (Mon–Fri 9–16)</li>
  <li>Service point: Main Street 1, 00100 Helsinki</li>
  <li>Digital support at the library: Tue and Thu 13–15</li>
  <li>Social services advice: 09 765 4321</li>
  <li>www.example.fi/asiointi</li>
</ul>`;

async function atResult(locale = 'fi', contacts: unknown = CUSTOMER_CONTACTS): Promise<GuideHarness> {
  const frame = await fixture<HTMLDivElement>(html`<div style="font: 16px/1.5 'DejaVu Sans'"><digituki-guide locale=${locale}>${contacts}<p slot="contacts">Team lead (internal): ext. 2041</p></digituki-guide></div>`);
  const g = new GuideHarness(frame.querySelector<DigitukiGuide>('digituki-guide')!);
  await g.element.updateComplete;
  await g.walk(FIVE_COURSES);
  return g;
}

const texts = (g: GuideHarness) => [...g.root.querySelectorAll('.customer-text')].map((p) => p.textContent);

/** What the engine says the customer view holds for the guide's walk. */
const expected = (g: GuideHarness, outcomes: readonly string[], locale: string) =>
  customerView(indexTree(tree), { recommendation: outcomes, path: Object.keys(g.element.answers), answers: g.element.answers } as unknown as GuideContext, locale)!.texts.map((t) => t.text);

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
  await page.viewport(1280, 800);
});

describe('the customer view', () => {
  it('shows the recommended courses’ customer texts in large type, focus on its heading, nothing internal', async () => {
    const g = await atResult('fi');
    const outcomes = g.outcomes;
    await g.click('Näytä asiakkaalle');
    expect(outcomes.length).toBeGreaterThan(1);
    expect(texts(g)).toEqual(expected(g, outcomes, 'fi'));
    expect(texts(g).length).toBeGreaterThan(0);
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
    expect(texts(g)).toEqual(expected(g, outcomes, 'sv'));
    expect(g.root.querySelector('.customer-texts h2')!.textContent).toBe('Vad som händer nu');
    expect(g.root.querySelector('.customer-texts')!.getAttribute('lang')).toBe('sv');
    expect(g.button('Tulosta')).toBeDefined(); // the supporter's controls stay in Finnish
    await g.click('Takaisin ohjeeseen');
    expect(g.outcomes).toEqual(outcomes);
    expect(g.root.activeElement?.textContent).toBe('Tee nyt');
  });

  it('marks the customer’s language by more than colour, and shows the customers’ contacts, not the staff ones (issue 16 item 5)', async () => {
    const g = await atResult('fi');
    await g.click('Näytä asiakkaalle');
    const pressed = g.root.querySelector<HTMLButtonElement>('[aria-pressed="true"]')!;
    expect(pressed.textContent).toBe('suomi');
    expect(getComputedStyle(pressed).fontWeight).toBe('700');
    expect(getComputedStyle(pressed, '::before').content).toContain('✓');
    expect(getComputedStyle(g.root.querySelector('[aria-pressed="false"]')!).fontWeight).not.toBe('700');
    const contacts = g.root.querySelector<HTMLElement>('[part~="customer-contacts"]')!;
    expect(contacts.hidden).toBe(false);
    expect(contacts.querySelector('h3')!.textContent).toBe('Yhteystiedot');
    expect(contacts.querySelector('slot')!.assignedElements()[0]!.textContent).toContain('Customer service');
    expect(g.root.querySelector('[part~="contacts"]:not([part~="customer-contacts"])'), 'the staff contacts are not in the customer view').toBeNull();
    await g.click('svenska');
    expect(contacts.querySelector('h3')!.textContent).toBe('Kontaktuppgifter');
    await g.click('Takaisin ohjeeseen');
    expect(g.root.querySelector('[part~="customer-contacts"]')).toBeNull();
  });

  it('prints only the customer view, whatever the page around it, until the view is closed', async () => {
    const page_ = await fixture<HTMLDivElement>(html`<div>
      <header id="intranet-header"><h1>What to do with the customer (staff)</h1><nav>Intranet navigation</nav></header>
      <main id="intranet-main" style="display: grid; grid-template-columns: 12rem 1fr"><aside id="intranet-aside">Staff links</aside><article><h2 id="staff-heading">Desk instructions</h2><digituki-guide locale="en"></digituki-guide></article></main>
    </div>`);
    const g = new GuideHarness(page_.querySelector('digituki-guide')!);
    await g.element.updateComplete;
    await g.walk(FIVE_COURSES);
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    expect(getComputedStyle(document.getElementById('intranet-header')!).display, 'the recommendation prints with the page').not.toBe('none');
    await cdp().send('Emulation.setEmulatedMedia', { media: '' });
    await g.click('Show the customer');
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    for (const id of ['intranet-header', 'intranet-aside', 'staff-heading']) expect(getComputedStyle(document.getElementById(id)!).display, id).toBe('none');
    expect(getComputedStyle(g.element).display).not.toBe('none');
    expect(g.element.getBoundingClientRect().left, 'no grid column left for the aside').toBeLessThan(20);
    await cdp().send('Emulation.setEmulatedMedia', { media: '' });
    await g.click('Back to the advice');
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    expect(getComputedStyle(document.getElementById('intranet-header')!).display).not.toBe('none');
    expect(document.querySelector('[data-digituki-print], [data-digituki-print-path]')).toBeNull();
  });

  it('prints on one A4 page with five contact lines, without the supporter’s controls', async () => {
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

  it('prints the longest customer view of the default tree on one A4 page with five contact lines, in each language', async () => {
    const paths = enumeratePaths(tree);
    for (const locale of ['fi', 'sv', 'en']) {
      const longest = paths.reduce((a, b) => (customerWords(b, locale) > customerWords(a, locale) ? b : a));
      const g = await atResult(locale);
      g.element.answers = longest.answers;
      await g.element.updateComplete;
      await userEvent.click(g.root.querySelector<HTMLButtonElement>('[part~="show-customer"]')!);
      await g.element.updateComplete;
      await page.viewport(718, 1047);
      await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
      const height = Math.round(g.root.querySelector('[part~="customer-view"]')!.getBoundingClientRect().height);
      console.log(`${locale}: the longest customer view (${customerWords(longest, locale)} words) printed: ${height} px of 1047`);
      expect(height, locale).toBeLessThanOrEqual(1047);
      await cdp().send('Emulation.setEmulatedMedia', { media: '' });
      await page.viewport(1280, 800);
    }
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

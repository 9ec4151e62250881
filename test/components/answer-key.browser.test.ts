/**
 * The trainer's printout (demo/answer-key.html): an attempt as learners see it and its answer key
 * on a page of its own, from the same draw as the quiz. In Chromium, with the page's stylesheet
 * and print emulation.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { renderAnswerKey } from '../../demo/answer-key-view.js';
import { drawAttempt } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';
import { axeViolations } from '../support/axe.js';

const added: Element[] = [];
afterEach(async () => {
  for (const el of added.splice(0)) el.remove();
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
});

async function printout(locale: string) {
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('../../demo/answer-key.css', import.meta.url).href;
  const loaded = new Promise((resolve) => style.addEventListener('load', resolve, { once: true }));
  document.head.append(style);
  await loaded;
  const container = document.createElement('main');
  container.className = 'layout';
  document.body.append(container);
  added.push(style, container);
  const items = drawAttempt(tree, scenarios, { seed: 'course', attempt: 2, count: 10, locale });
  renderAnswerKey(container, items, 'Seed “course”, attempt 2');
  return { container, items };
}

describe('the trainer’s answer key', () => {
  it('shows each item as learners see it, and the right letters with why in the key', async () => {
    const { container, items } = await printout('fi');
    const shown = [...container.querySelectorAll('.attempt .item')];
    expect(shown.length).toBe(10);
    shown.forEach((li, i) => {
      expect(li.querySelector('h3')!.textContent).toBe(items[i]!.title);
      expect(li.querySelector('.prompt')!.textContent).toBe(items[i]!.prompt);
      expect([...li.querySelectorAll('.options li')].map((o) => o.textContent)).toEqual(items[i]!.options.map((o) => `${o.id.toUpperCase()}. ${o.text}`));
    });
    const keys = [...container.querySelectorAll('.answer-key > ol > li > strong')].map((k) => k.textContent);
    expect(keys).toEqual(items.map((item) => item.options.filter((o) => o.right).map((o) => o.id.toUpperCase()).join(' + ')));
    // Nothing in the attempt's part gives the answer away.
    expect(container.querySelector('.attempt')!.textContent).not.toContain(items[0]!.options.find((o) => o.right)!.why!);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('prints the key on a page of its own, without the page’s controls', async () => {
    const { container } = await printout('sv');
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    expect(getComputedStyle(container.querySelector('.answer-key')!).breakBefore).toBe('page');
    expect(await axeViolations(container)).toEqual([]);
  });
});

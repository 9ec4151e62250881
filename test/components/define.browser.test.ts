/**
 * `defineGuide` and `defineQuiz`: the elements under a tag of the host's own, a name already taken
 * left as it is (never redefined, never an error), and an invalid name refused by the browser.
 */
import { fixture, html } from '@open-wc/testing-helpers';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { describe, expect, it } from 'vitest';
import { defineGuide, defineQuiz, DigitukiGuide, DigitukiQuiz } from '../../src/index.js';

describe('defineGuide and defineQuiz', () => {
  it('register the element under a tag of the host’s own, and it works', async () => {
    const Guide = defineGuide('city-digituki-guide');
    expect(Guide.prototype).toBeInstanceOf(DigitukiGuide);
    expect(customElements.get('city-digituki-guide')).toBe(Guide);
    const element = await fixture<DigitukiGuide>(staticHtml`<${unsafeStatic('city-digituki-guide')} locale="en"></${unsafeStatic('city-digituki-guide')}>`);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('fieldset input')!.getAttribute('name')).toBe('setting');
    const Quiz = defineQuiz('city-digituki-quiz');
    expect(Quiz.prototype).toBeInstanceOf(DigitukiQuiz);
  });

  it('leave a name that is taken as it is and give back what holds it', () => {
    expect(defineGuide('city-digituki-guide')).toBe(customElements.get('city-digituki-guide'));
    expect(defineGuide()).toBe(DigitukiGuide); // the main entry defined the default tag already
    class Other extends HTMLElement {}
    customElements.define('taken-by-the-page', Other);
    expect(defineGuide('taken-by-the-page')).toBe(Other);
    expect(defineQuiz('taken-by-the-page')).toBe(Other);
  });

  it('refuse a name that is not a custom element name, with the browser’s error', () => {
    expect(() => defineGuide('guide')).toThrow(DOMException);
    expect(customElements.get('guide')).toBeUndefined();
  });

  it('leave the default tags to the main entry', async () => {
    const guide = await fixture(html`<digituki-guide locale="en"></digituki-guide>`);
    expect(guide).toBeInstanceOf(DigitukiGuide);
  });
});

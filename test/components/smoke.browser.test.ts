import { fixture, html } from '@open-wc/testing-helpers';
import { expect, it } from 'vitest';

it('runs in a real browser', async () => {
  const el = await fixture<HTMLDivElement>(html`<div>hello</div>`);
  expect(el.textContent).toBe('hello');
  expect(navigator.userAgent).toContain('Chrome');
});

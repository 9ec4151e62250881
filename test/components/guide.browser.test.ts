import { fixture, html, oneEvent } from '@open-wc/testing-helpers';
import { describe, expect, it } from 'vitest';
import '../../src/index.js';
import type { DigitukiGuide } from '../../src/components/guide/guide.js';
import { GuideHarness } from '../support/guide-harness.js';

async function guide(template = html`<digituki-guide locale="en"></digituki-guide>`): Promise<GuideHarness> {
  const element = await fixture<DigitukiGuide>(template);
  await element.updateComplete;
  return new GuideHarness(element);
}

describe('<digituki-guide>', () => {
  it('asks the first question with its options as a radio group', async () => {
    const g = await guide();
    expect(g.questionId).toBe('setting');
    expect(g.heading).toBe('Where am I helping?');
    const inputs = [...g.root.querySelectorAll<HTMLInputElement>('fieldset input')];
    expect(inputs.map((i) => [i.type, i.name, i.value])).toEqual([
      ['radio', 'setting', 'service-situation'],
      ['radio', 'setting', 'general-support'],
    ]);
  });

  it('walks to a recommendation by clicking', async () => {
    const g = await guide();
    const outcome = oneEvent(g.element, 'digituki-outcome');
    await g.walk({ setting: 'general-support', circumstances: ['none'], request: 'guidance', owner: 'none', device: 'customer-own' });
    expect(g.outcomes).toEqual(['general-support']);
    expect((await outcome).detail).toEqual({ outcomes: ['general-support'] });
  });

  it('walks to a recommendation by keyboard alone', async () => {
    const g = await guide();
    g.input('service-situation').focus();
    await g.walk({ setting: 'service-situation', circumstances: ['codes', 'keep-private'], request: 'guidance', owner: 'own', task: 'general-use', device: 'shared' }, 'keyboard');
    expect(g.outcomes).toEqual(['keep-credentials-private', 'guide-own-service', 'shared-device-care', 'customer-privacy']);
  });
});

import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import cityOverlay from '../../examples/overlay/city-overlay.json' with { type: 'json' };
import { OUTCOME_IDS } from '../../machines/trees/digital-support/contract-ids.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';
import { applicableNever, applyOverlay, type Answers, type TreeDefinition } from '../../machines/index.js';
import '../../src/index.js';
import type { DigitukiGuide } from '../../src/components/guide/guide.js';
import type { DigitukiAnswerEvent } from '../../src/events/digituki-answer.js';
import type { DigitukiErrorEvent } from '../../src/events/digituki-error.js';
import { axeViolations } from '../support/axe.js';
import { clearStoredKeys, storedKeys } from '../support/session-keys.js';
import { GuideHarness } from '../support/guide-harness.js';
import { smallTree } from '../fixtures/trees/small-tree.js';

async function guide(template = html`<digituki-guide locale="en"></digituki-guide>`): Promise<GuideHarness> {
  const element = await fixture<DigitukiGuide>(template);
  await element.updateComplete;
  return new GuideHarness(element);
}

const libraryWalk = { setting: 'general-support', circumstances: ['none'], request: 'guidance', owner: 'none', device: 'customer-own' };

/** One scenario per outcome, with that outcome first or at least present. */
const scenarioFor = (outcome: string) =>
  scenarios.scenarios.find((s) => s.expected[0] === outcome) ?? scenarios.scenarios.find((s) => s.expected.includes(outcome))!;

beforeEach(() => clearStoredKeys('digituki-guide'));

describe('<digituki-guide>', () => {
  describe('accessibility', () => {
    it('has no axe violations on the first question, a middle one, the result and with answers listed', async () => {
      const g = await guide();
      expect(await axeViolations(g.element)).toEqual([]);
      await g.answer('service-situation');
      await g.answer(['codes']);
      expect(await axeViolations(g.element)).toEqual([]);
      await g.walk({ request: 'guidance', owner: 'own', task: 'transaction', identification: 'customer-logs-in', device: 'shared' });
      expect(await axeViolations(g.element)).toEqual([]);
      g.root.querySelector('details')!.open = true;
      expect(await axeViolations(g.element)).toEqual([]);
    });

    it('lets axe see inside the shadow root (a check that can fail)', async () => {
      const g = await guide();
      g.root.querySelector('[part="base"]')!.append(Object.assign(document.createElement('img'), { src: 'data:,' }));
      expect((await axeViolations(g.element)).join()).toContain('image-alt');
    });

    it('names the options by their labels and describes them by their hints, in a group named by the question', async () => {
      const g = await guide();
      const fieldset = g.root.querySelector('fieldset')!;
      const setting = tree.text.en!.questions.setting!;
      expect(fieldset.querySelector('legend h2')!.textContent!.trim()).toBe(setting.title);
      const input = g.input('general-support');
      expect(input.labels![0]!.textContent).toContain(setting.options['general-support']!.label);
      expect(g.root.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toBe(setting.options['general-support']!.hint);
    });

    it('moves focus to each new question’s heading, read with its number and options count, and announces the result', async () => {
      const g = await guide();
      const heading = () => g.root.querySelector<HTMLElement>('h2')!;
      const description = () => g.root.getElementById(heading().getAttribute('aria-describedby')!)!.textContent!.replace(/\s+/g, ' ').trim();
      await g.answer('service-situation');
      expect(g.root.activeElement, 'after Continue: the new heading').toBe(heading());
      expect(heading().textContent).toBe('Does any of these apply?');
      expect(description()).toBe('Question 2, 8 options');
      const first = heading();
      await g.answer(['codes']);
      expect(heading(), 'a new heading element for each question: focus on it is a real focus change').not.toBe(first);
      expect(g.root.activeElement).toBe(heading());
      expect(description()).toBe(`Question 3, ${Object.keys(tree.text.en!.questions.request!.options).length} options`);
      expect(g.root.querySelector('[role="status"]')!.textContent, 'the heading says the question; the live region stays quiet').toBe('');
      await g.walk({ request: 'guidance', owner: 'own', task: 'transaction', identification: 'customer-logs-in', device: 'shared' });
      expect(g.root.activeElement!.id, 'at the result, focus moves to "Do now"').toBe('result-heading');
      expect(g.root.querySelector('[role="status"]')!.textContent).toMatch(/^Recommendation ready\. First: /);
    });

    it('after "2 + Enter" leaves focus on the new heading, never on an option: a stray Space ticks nothing', async () => {
      const g = await guide();
      g.root.querySelector<HTMLElement>('h2')!.focus();
      await userEvent.keyboard('2');
      expect(g.input('general-support').checked, 'the number key chose option 2').toBe(true);
      expect(g.root.activeElement, 'without moving focus to it').toBe(g.root.querySelector('h2'));
      await userEvent.keyboard('{Enter}');
      await g.element.updateComplete;
      expect(g.questionId).toBe('circumstances');
      expect(g.root.activeElement).toBe(g.root.querySelector('h2'));
      await userEvent.keyboard(' ');
      await g.element.updateComplete;
      expect([...g.root.querySelectorAll<HTMLInputElement>('fieldset input:checked')], 'Space on the heading ticks nothing (option 2 is "Signs of a scam")').toEqual([]);
      // Space on a focused option ticks it, Enter on it continues, and focus still goes to the next heading.
      g.input('none').focus();
      await userEvent.keyboard(' ');
      await userEvent.keyboard('{Enter}');
      await g.element.updateComplete;
      expect(g.root.activeElement, 'not the option at the same place in the next question').toBe(g.root.querySelector('h2'));
      await userEvent.keyboard(' ');
      expect([...g.root.querySelectorAll<HTMLInputElement>('fieldset input:checked')]).toEqual([]);
      // Back: the question shows its kept answer; Enter on its heading continues with it.
      await g.click('Back');
      expect(g.questionId).toBe('circumstances');
      expect(g.root.activeElement).toBe(g.root.querySelector('h2'));
      expect(g.input('none').checked).toBe(true);
      await userEvent.keyboard('{Enter}');
      await g.element.updateComplete;
      expect(g.questionId).toBe('request');
      expect(g.element.answers.circumstances).toEqual(['none']);
      // Enter on a heading with nothing chosen asks for a choice, as Continue does.
      await userEvent.keyboard('{Enter}');
      await g.element.updateComplete;
      expect(g.questionId).toBe('request');
      expect(g.root.querySelector('[role="alert"]')!.textContent).toContain('Choose an option');
    });

    it('shows each new question with only its own answer checked, though Lit reuses the inputs', async () => {
      const g = await guide();
      const checked = () => [...g.root.querySelectorAll<HTMLInputElement>('fieldset input:checked')].map((i) => i.value);
      await g.answer('service-situation');
      expect(checked(), 'question 2 after option 1 was chosen on question 1').toEqual([]);
      await g.answer(['codes', 'pressure']);
      expect(checked(), 'question 3 after options 1 and 3 on question 2').toEqual([]);
      expect([...g.root.querySelectorAll<HTMLInputElement>('fieldset input')].map((i) => `${i.type} ${i.name}`)).toEqual(Array(4).fill('radio request'));
      await g.click('Back');
      expect(checked(), 'back on question 2: its answer').toEqual(['codes', 'pressure']);
      expect(g.root.querySelector<HTMLInputElement>('fieldset input')!.type).toBe('checkbox');
    });

    it('scrolls the new question into view in a scrolling pane when Continue was below it', async () => {
      const pane = await fixture<HTMLDivElement>(html`<div style="height: 200px; overflow: auto"><digituki-guide locale="en"></digituki-guide></div>`);
      const g = new GuideHarness(pane.querySelector('digituki-guide')!);
      await g.element.updateComplete;
      await userEvent.click(g.input('service-situation'));
      pane.scrollTop = pane.scrollHeight;
      const heading = g.root.querySelector('h2')!;
      expect(heading.getBoundingClientRect().bottom, 'the heading is out of sight before Continue').toBeLessThan(pane.getBoundingClientRect().top);
      await userEvent.click(g.root.querySelector<HTMLButtonElement>('form button.primary')!);
      await g.element.updateComplete;
      expect(g.heading).toBe('Does any of these apply?');
      await expect.poll(() => heading.getBoundingClientRect().top >= pane.getBoundingClientRect().top - 0.5).toBe(true);
    });

    it('shows an error, not an empty answer, when Continue is pressed with nothing chosen', async () => {
      const g = await guide();
      await userEvent.click(g.root.querySelector<HTMLButtonElement>('form button.primary')!);
      await g.element.updateComplete;
      expect(g.questionId).toBe('setting');
      expect(g.root.querySelector('[role="alert"]')!.textContent).toContain('Choose an option');
      expect(g.input('general-support').getAttribute('aria-invalid')).toBe('true');
    });

    it('stays readable with text at 200 %: nothing cut off or scrolling sideways at 640 px', async () => {
      const frame = await fixture<HTMLDivElement>(html`<div style="width: 640px; font-size: 200%"><digituki-guide locale="sv"></digituki-guide></div>`);
      const element = frame.querySelector('digituki-guide')!;
      await element.updateComplete;
      element.answers = scenarios.scenarios.find((s) => s.expected.length >= 4)!.answers;
      await element.updateComplete;
      expect(element.scrollWidth).toBeLessThanOrEqual(640);
      expect(getComputedStyle(element.shadowRoot!.querySelector('h3')!).fontSize).toMatch(/^3[5-9]|^4/); // about 1.15 × 32 px
    });

    it('fits a 320 px wide viewport without horizontal scrolling', async () => {
      const frame = await fixture<HTMLDivElement>(html`<div style="width: 320px"><digituki-guide locale="fi"></digituki-guide></div>`);
      const element = frame.querySelector('digituki-guide')!;
      await element.updateComplete;
      element.answers = scenarios.scenarios.find((s) => s.expected.length >= 4)!.answers;
      await element.updateComplete;
      expect(element.scrollWidth).toBeLessThanOrEqual(320);
    });
  });

  describe('walks', () => {
    it.each(OUTCOME_IDS.map((id) => [id, scenarioFor(id)] as const))('reaches %s by clicking', async (_outcome, scenario) => {
      const g = await guide();
      await g.walk(scenario.answers);
      expect(g.outcomes).toEqual(scenario.expected);
    });

    it.each(OUTCOME_IDS.map((id) => [id, scenarioFor(id)] as const))('reaches %s by keyboard alone', async (_outcome, scenario) => {
      const g = await guide();
      g.input('service-situation').focus();
      await g.walk(scenario.answers, 'keyboard');
      expect(g.outcomes).toEqual(scenario.expected);
    });

    it('shows for each outcome its steps, what not to do, the principles with their short text, and where to refer', async () => {
      const g = await guide();
      await g.walk(scenarioFor('refer-service-owner').answers);
      const outcome = g.root.querySelector('[data-outcome="refer-service-owner"]')!;
      const text = tree.text.en!.outcomes['refer-service-owner']!;
      expect([...outcome.querySelectorAll('[part="steps"] li')].map((li) => li.textContent)).toEqual(text.steps);
      const { answers } = scenarioFor('refer-service-owner');
      const never = applicableNever(tree.outcomes.find((o) => o.id === 'refer-service-owner')!, Object.keys(answers), answers).sort((a, b) => tree.never![a]!.rank - tree.never![b]!.rank);
      expect([...outcome.querySelectorAll('[part="must-not"] li')].map((li) => li.textContent)).toEqual(never.map((id) => tree.text.en!.never![id]));
      const principles = [...outcome.querySelectorAll('[part="principles"] li')].map((li) => li.textContent!);
      expect(principles[0]).toContain(tree.text.en!.principles.P8!.text);
      expect(outcome.querySelector('[part="referrals"]')!.textContent).toContain(tree.text.en!.referrals['service-owner-advice']!.name);
    });

    it('says which principles are the team’s reading, in words, not colour', async () => {
      const g = await guide();
      await g.walk(scenarioFor('remote-support').answers);
      const remote = g.root.querySelector('[data-outcome="remote-support"]')!;
      expect(remote.textContent).toContain('Good practice (our reading), not an official rule.');
      expect(g.root.querySelector('[data-outcome="keep-credentials-private"]')!.textContent).not.toContain('Good practice (our reading)');
      await g.click('New customer');
      await g.walk(scenarioFor('general-support').answers);
      expect(g.root.querySelector('[data-outcome="general-support"] [part="principles"]')!.textContent).toContain('our reading, not an official rule');
    });

    it('says under each course why: the rule’s reason and the answers that led there', async () => {
      const g = await guide();
      await g.walk(libraryWalk);
      const [first] = g.outcomes;
      const why = g.root.querySelector(`[data-outcome="${first}"] [part~="reasons"]`)!.textContent!;
      expect(why).toMatch(/^\s*Because /);
      expect(why).toContain(tree.text.en!.questions.setting!.options['general-support']!.label);
    });

    it('number keys toggle checkboxes and keep "none of these" apart from the others', async () => {
      const g = await guide();
      await g.answer('service-situation');
      g.root.querySelector<HTMLElement>('h2')!.focus();
      // Options 1 codes, 2 fraud, 3 pressure, 4 capacity, 5 keep-private, 6 install-settings, 7 remote, 8 none.
      await userEvent.keyboard('1');
      await userEvent.keyboard('5');
      expect(g.input('codes').checked && g.input('keep-private').checked).toBe(true);
      await userEvent.keyboard('8');
      expect([g.input('codes').checked, g.input('keep-private').checked, g.input('none').checked]).toEqual([false, false, true]);
      await userEvent.click(g.input('fraud'));
      expect([g.input('fraud').checked, g.input('none').checked]).toEqual([true, false]);
    });
  });

  describe('back, change and start over', () => {
    it('goes back with the answer still chosen, and forward again', async () => {
      const g = await guide();
      await g.answer('general-support');
      await g.click('Back');
      expect(g.questionId).toBe('setting');
      expect(g.input('general-support').checked).toBe(true);
      await g.element.back();
      expect(g.questionId).toBe('setting');
    });

    it('changes an earlier answer from the list and keeps the later answers that still apply', async () => {
      const g = await guide();
      await g.walk(libraryWalk);
      expect(g.outcomes).toEqual(['general-support']);
      const change = [...g.root.querySelectorAll<HTMLButtonElement>('.answers button')].find((b) => b.textContent!.includes(tree.text.en!.questions.setting!.title))!;
      await userEvent.click(change);
      await g.element.updateComplete;
      expect(g.questionId).toBe('setting');
      const kept = [...g.root.querySelectorAll('.answers .row')].filter((row) => row.textContent!.includes('Kept'));
      expect(kept.map((row) => row.querySelector('dt')!.textContent)).toEqual(['circumstances', 'request', 'owner', 'device'].map((q) => tree.text.en!.questions[q]!.title));
      expect(kept.every((row) => row.querySelector('button') === null)).toBe(true);
      await g.answer('service-situation');
      expect(g.outcomes).toEqual(['refer-general-support']);
      expect(g.element.answers).toMatchObject({ ...libraryWalk, setting: 'service-situation' });
    });

    it('asks the questions a changed answer opens, keeping the rest', async () => {
      const g = await guide();
      await g.walk(libraryWalk);
      const change = [...g.root.querySelectorAll<HTMLButtonElement>('.answers button')].find((b) => b.textContent!.includes('Whose service'))!;
      await userEvent.click(change);
      await g.element.updateComplete;
      await g.answer('other-authority');
      expect(g.questionId).toBe('task');
      await g.answer('general-use');
      expect(g.outcomes).toEqual(['general-support']);
      expect(g.element.answers.device).toBe('customer-own');
    });

    it('Start over clears the answers but the presets, and offers Undo for 20 seconds', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const g = await guide(html`<digituki-guide locale="en" preset="setting=general-support"></digituki-guide>`);
        await g.walk({ circumstances: ['codes'], request: 'guidance' });
        expect(g.questionId).toBe('owner');
        await g.click('Start over');
        expect(g.questionId).toBe('circumstances');
        expect(g.element.answers).toEqual({ setting: 'general-support' });
        expect(g.root.activeElement).toBe(g.root.querySelector('h2'));
        expect(g.root.querySelector('[part~="undo"]')!.textContent).toContain('Answers cleared.');
        expect(g.root.querySelector('[part~="undo"]')!.textContent).not.toContain('next customer');
        await g.click('Undo');
        expect(g.questionId, 'back where the supporter was').toBe('owner');
        expect(g.element.answers).toEqual({ setting: 'general-support', circumstances: ['codes'], request: 'guidance' });
        expect(g.root.activeElement).toBe(g.root.querySelector('h2'));
        await g.click('Start over');
        vi.advanceTimersByTime(19_999);
        await g.element.updateComplete;
        expect(g.root.querySelector('[part~="undo"]'), 'still there just before 20 s').not.toBeNull();
        vi.advanceTimersByTime(1);
        await g.element.updateComplete;
        expect(g.root.querySelector('[part~="undo"]')).toBeNull();
      } finally {
        vi.useRealTimers();
      }
    });

    it('restart() clears the answers but keeps the presets', async () => {
      const g = await guide(html`<digituki-guide locale="en" preset="setting=general-support"></digituki-guide>`);
      await g.walk(libraryWalk);
      g.element.restart();
      await g.element.updateComplete;
      expect(g.questionId).toBe('circumstances');
      expect(g.element.answers).toEqual({ setting: 'general-support' });
    });
  });

  describe('events', () => {
    it('fires digituki-answer with ids only, bubbling and composed', async () => {
      const g = await guide();
      const heard: DigitukiAnswerEvent[] = [];
      document.addEventListener('digituki-answer', (e) => heard.push(e), { once: true });
      await g.answer('general-support');
      expect(heard[0]!.detail).toEqual({ questionId: 'setting', optionIds: ['general-support'] });
      expect(heard[0]!.bubbles && heard[0]!.composed).toBe(true);
    });

    it('fires nothing when the host sets a preset or the locale', async () => {
      const g = await guide();
      const listener = vi.fn();
      for (const type of ['digituki-answer', 'digituki-outcome']) g.element.addEventListener(type, listener);
      g.element.preset = 'setting=general-support';
      g.element.locale = 'sv';
      await g.element.updateComplete;
      expect(listener).not.toHaveBeenCalled();
    });
  });

  describe('presets and the API', () => {
    it('skips preset questions and shows them as set by the page', async () => {
      const g = await guide(html`<digituki-guide locale="en" preset="setting=general-support"></digituki-guide>`);
      const buttons = () => [...g.root.querySelectorAll('button')].map((b) => b.textContent!.trim());
      expect(g.questionId).toBe('circumstances');
      expect(g.root.querySelector('.progress')!.textContent).toContain('Question 1');
      expect(buttons()).toEqual(['Continue']); // no Back to the preset question, nothing to start over
      await g.answer(['none']);
      expect(g.root.querySelector('.answers')!.textContent).toContain('Set by this page');
      expect(buttons()).toContain('Back');
      await g.click('Back');
      expect(g.questionId).toBe('circumstances');
      expect(buttons()).not.toContain('Back');
    });

    it('takes several presets separated by semicolons, and refuses a preset of circumstances', async () => {
      const g = await guide(html`<digituki-guide locale="en" preset="setting=service-situation; owner=own"></digituki-guide>`);
      expect(g.questionId).toBe('circumstances');
      await g.walk({ circumstances: ['codes', 'keep-private'], request: 'guidance', task: 'general-use', device: 'customer-own' });
      expect(g.outcomes).toEqual(['keep-credentials-private', 'guide-own-service', 'customer-privacy']);
      const refused = await guide(html`<digituki-guide locale="en" preset="setting=service-situation; circumstances=codes,keep-private"></digituki-guide>`);
      expect(refused.root.querySelector('[part~="error"]')!.textContent).toContain('"circumstances" cannot be preset');
    });

    it('shows a clear error panel and fires digituki-error for a preset that does not exist', async () => {
      const errors: DigitukiErrorEvent[] = [];
      document.addEventListener('digituki-error', (e) => errors.push(e), { once: true });
      const g = await guide(html`<digituki-guide locale="en" preset="setting=library"></digituki-guide>`);
      const panel = g.root.querySelector('[part~="error"]')!;
      expect(panel.getAttribute('role')).toBe('alert');
      expect(panel.textContent).toContain('"library" is not an option of "setting"');
      expect(g.questionId).toBeUndefined();
      expect(errors[0]!.detail).toEqual({ reason: 'invalid-preset', ids: ['setting'] });
    });

    it('fills in answers given as a property, which the user may still change', async () => {
      const g = await guide();
      g.element.answers = { setting: 'general-support', circumstances: ['none'] } as Answers;
      await g.element.updateComplete;
      expect(g.questionId).toBe('request');
      expect(g.root.querySelector('.answers')!.textContent).toContain('Change');
    });
  });

  describe('a custom tree', () => {
    it('takes the default tree with a city’s overlay (README “Overlays”) and shows its own digital support points', async () => {
      const shipped = { ...tree, locales: ['fi', 'sv', 'en'], text: { fi: tree.text.fi!, sv: tree.text.sv!, en: tree.text.en! } };
      const { tree: city, problems } = applyOverlay(shipped, cityOverlay);
      expect(problems).toEqual([]);
      const g = await guide(html`<digituki-guide locale="en" .tree=${city}></digituki-guide>`);
      await g.walk({ setting: 'service-situation', circumstances: ['none'], request: 'guidance', owner: 'none', device: 'customer-own' });
      const referrals = g.root.querySelector('[data-outcome="refer-general-support"] [part="referrals"]')!;
      expect([...referrals.querySelectorAll('li strong')].map((s) => s.textContent)).toEqual(['Example City digital support', 'Main library digital help', tree.text.en!.referrals['general-digital-support']!.name]);
      expect(referrals.querySelector('a')!.getAttribute('href')).toBe('https://www.example.fi/digituki');
    });

    it('walks a valid custom tree', async () => {
      const g = await guide(html`<digituki-guide locale="en" .tree=${smallTree()}></digituki-guide>`);
      await g.walk({ where: 'desk', signs: ['none'], whose: 'own' });
      expect(g.outcomes).toEqual(['guide']);
    });

    it('shows the validation report instead of a broken widget', async () => {
      const broken = { ...smallTree(), start: 'nowhere' } as TreeDefinition;
      const errorEvent = new Promise<DigitukiErrorEvent>((resolve) => document.addEventListener('digituki-error', resolve, { once: true }));
      const g = await guide(html`<digituki-guide locale="en" .tree=${broken}></digituki-guide>`);
      const panel = g.root.querySelector('[part~="error"]')!;
      expect(panel.textContent).toContain('/start');
      expect(panel.textContent).toContain('The start question "nowhere" does not exist.');
      expect(g.root.querySelector('fieldset')).toBeNull();
      expect((await errorEvent).detail).toEqual({ reason: 'invalid-tree', paths: ['/start'] });
    });

    it('says so and fires digituki-error when a custom tree recommends nothing for a walk', async () => {
      const errors: DigitukiErrorEvent[] = [];
      const outcomes: Event[] = [];
      const g = await guide(html`<digituki-guide locale="en" .tree=${smallTree()}></digituki-guide>`);
      g.element.addEventListener('digituki-error', (e) => errors.push(e));
      g.element.addEventListener('digituki-outcome', (e) => outcomes.push(e));
      await g.walk({ where: 'library', signs: ['none'], whose: 'own' }); // "guide" is added only at the desk
      expect(g.root.querySelector('[part="result"] [role="alert"]')!.textContent).toContain('This tree gives no course of action for these answers');
      expect(g.outcomes).toEqual([]);
      expect(errors.map((e) => e.detail)).toEqual([{ reason: 'no-outcome', ids: ['where', 'signs', 'whose'] }]);
      expect(outcomes).toEqual([]);
      await g.click('Back'); // the way out stays open
      expect(g.questionId).toBe('whose');
    });

    it('renders tree text as text, never as HTML', async () => {
      const hostile = smallTree() as { text: Record<string, { questions: Record<string, { title: string }> }> };
      hostile.text.en!.questions.where!.title = '<img src=x onerror="window.pwned=1">Where?';
      const g = await guide(html`<digituki-guide locale="en" .tree=${hostile}></digituki-guide>`);
      expect(g.heading).toBe('<img src=x onerror="window.pwned=1">Where?');
      expect(g.root.querySelector('img')).toBeNull();
    });
  });

  describe('localization', () => {
    it('shows Finnish by default, on a page without a language', async () => {
      const frame = await fixture<HTMLDivElement>(html`<div lang=""><digituki-guide></digituki-guide></div>`);
      const g = new GuideHarness(frame.querySelector('digituki-guide')!);
      await g.element.updateComplete;
      expect(g.heading).toBe(tree.text.fi!.questions.setting!.title);
      expect(g.root.querySelector('form button.primary')!.textContent!.trim()).toBe('Jatka');
    });

    it('follows the closest lang of the page', async () => {
      const frame = await fixture<HTMLDivElement>(html`<div lang="sv-FI"><digituki-guide></digituki-guide></div>`);
      const g = new GuideHarness(frame.querySelector('digituki-guide')!);
      await g.element.updateComplete;
      expect(g.heading).toBe(tree.text.sv!.questions.setting!.title);
    });

    it('switches fi → sv → en in place without losing the answers', async () => {
      const g = await guide(html`<digituki-guide locale="fi"></digituki-guide>`);
      await g.walk({ setting: 'general-support', circumstances: ['none'] });
      expect(g.heading).toBe(tree.text.fi!.questions.request!.title);
      for (const locale of ['sv', 'en'] as const) {
        g.element.locale = locale;
        await g.element.updateComplete;
        expect(g.heading).toBe(tree.text[locale]!.questions.request!.title);
        expect(g.element.answers).toEqual({ setting: 'general-support', circumstances: ['none'] });
      }
    });

    it('falls back to the page language with one console warning for an unknown locale', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const frame = await fixture<HTMLDivElement>(html`<div lang="sv"><digituki-guide locale="de"></digituki-guide></div>`);
      const g = new GuideHarness(frame.querySelector('digituki-guide')!);
      g.element.requestUpdate();
      await g.element.updateComplete;
      expect(g.heading).toBe(tree.text.sv!.questions.setting!.title);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toContain('"de"');
      warn.mockRestore();
    });

    it('warns once per unknown locale, however often the page switches between two of them (adversarial-3 A18)', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const g = await guide(html`<digituki-guide locale="de"></digituki-guide>`);
      const errors: DigitukiErrorEvent[] = [];
      g.element.addEventListener('digituki-error', (e) => errors.push(e));
      for (let i = 0; i < 10; i++) {
        g.element.locale = i % 2 === 0 ? 'fr' : 'de';
        await g.element.updateComplete;
      }
      expect(warn.mock.calls.map((call) => String(call[0]).match(/"(\w+)"/)![1])).toEqual(['de', 'fr']);
      expect(errors.map((e) => e.detail.ids)).toEqual([['fr']]);
      warn.mockRestore();
    });

    it('follows the page’s language without a locale, also when it changes, and keeps its answers', async () => {
      const frame = await fixture<HTMLDivElement>(html`<div lang="fi"><digituki-guide></digituki-guide></div>`);
      const g = new GuideHarness(frame.querySelector('digituki-guide')!);
      await g.element.updateComplete;
      await g.answer('general-support');
      expect(g.heading).toBe(tree.text.fi!.questions.circumstances!.title);
      frame.setAttribute('lang', 'sv-FI');
      await new Promise((resolve) => setTimeout(resolve));
      await g.element.updateComplete;
      expect(g.heading).toBe(tree.text.sv!.questions.circumstances!.title);
      expect(g.element.answers).toEqual({ setting: 'general-support' });
      g.element.locale = 'en';
      await g.element.updateComplete;
      frame.setAttribute('lang', 'fi');
      await new Promise((resolve) => setTimeout(resolve));
      await g.element.updateComplete;
      expect(g.heading).toBe(tree.text.en!.questions.circumstances!.title); // an explicit locale wins
    });

    it('lets two guides on one page show two languages and keep their own answers', async () => {
      const frame = await fixture<HTMLDivElement>(html`<div><digituki-guide locale="fi"></digituki-guide><digituki-guide locale="sv"></digituki-guide></div>`);
      const [fi, sv] = [...frame.querySelectorAll('digituki-guide')].map((e) => new GuideHarness(e));
      await fi!.element.updateComplete;
      await fi!.answer('general-support');
      await sv!.element.updateComplete;
      expect(fi!.questionId).toBe('circumstances');
      expect(sv!.questionId).toBe('setting');
      expect(sv!.root.querySelector('form button.primary')!.textContent!.trim()).toBe('Fortsätt');
      expect(fi!.root.querySelector('form button.primary')!.textContent!.trim()).toBe('Jatka');
    });
  });

  describe('hand-over summary', () => {
    it('summarises the situation, the advice and the referrals in the current language', async () => {
      const g = await guide(html`<digituki-guide locale="sv"></digituki-guide>`);
      await g.walk(scenarioFor('refer-service-owner').answers);
      const summary = g.root.querySelector('textarea')!.value;
      const text = tree.text.sv!;
      expect(summary).toContain(text.questions.setting!.title);
      expect(summary).toContain(text.outcomes['refer-service-owner']!.title);
      expect(summary).toContain(text.referrals['service-owner-advice']!.name);
    });
  });

  describe('persist', () => {
    afterEach(() => clearStoredKeys('digituki-guide'));

    it('stores nothing unless persist is set', async () => {
      const g = await guide();
      await g.answer('general-support');
      expect(storedKeys('digituki-guide')).toEqual([]);
    });

    it('resumes after a reload with only the answers and the tree version stored', async () => {
      const first = await guide(html`<digituki-guide locale="en" persist="desk"></digituki-guide>`);
      await first.walk({ setting: 'general-support', circumstances: ['codes'] });
      const stored = JSON.parse(sessionStorage.getItem('digituki-guide:digital-support:desk')!);
      expect(stored).toEqual({ format: 1, tree: 'digital-support', version: tree.version, data: { setting: 'general-support', circumstances: ['codes'] } });
      first.element.remove();
      const again = await guide(html`<digituki-guide locale="en" persist="desk"></digituki-guide>`);
      expect(again.questionId).toBe('request');
    });

    it.each([
      ['not JSON', '{oops'],
      ['another tree version', JSON.stringify({ format: 1, tree: 'digital-support', version: '0.0.1', data: { setting: 'general-support' } })],
      ['an option that does not exist', JSON.stringify({ format: 1, tree: 'digital-support', version: tree.version, data: { setting: 'library' } })],
      ['a wrong shape', JSON.stringify([1, 2, 3])],
    ])('drops corrupted or stale storage (%s) without an error for the user', async (_what, raw) => {
      sessionStorage.setItem('digituki-guide:digital-support:desk', raw);
      const g = await guide(html`<digituki-guide locale="en" persist="desk"></digituki-guide>`);
      expect(g.questionId).toBe('setting');
      expect(g.root.querySelector('[part~="error"]')).toBeNull();
      expect(sessionStorage.getItem('digituki-guide:digital-support:desk')).toBeNull();
    });
  });

  it('keeps its answers when a framework moves it in the DOM', async () => {
    const g = await guide();
    await g.walk({ setting: 'general-support', circumstances: ['none'] });
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(g.element);
    await g.element.updateComplete;
    expect(g.questionId).toBe('request');
    expect(g.element.answers).toEqual({ setting: 'general-support', circumstances: ['none'] });
    elsewhere.remove();
  });

  it('shows the organisation’s own contacts from the slot with the recommendation', async () => {
    const g = await guide(html`<digituki-guide locale="en"><p slot="contacts">Digital support desk, tel. 09 123</p></digituki-guide>`);
    await g.walk(libraryWalk);
    const contacts = g.root.querySelector<HTMLElement>('[part="contacts"]')!;
    expect(contacts.hidden).toBe(false);
    expect(contacts.querySelector('slot')!.assignedElements()[0]!.textContent).toContain('09 123');
  });
});

import { fixture, html } from '@open-wc/testing-helpers';
import { beforeEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { drawItems, type QuizItem, type StoredAttempt } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';
import '../../src/index.js';
import type { DigitukiQuiz } from '../../src/components/quiz/quiz.js';
import type { DigitukiErrorEvent } from '../../src/events/digituki-error.js';
import type { DigitukiQuizCompleteEvent } from '../../src/events/digituki-quiz-complete.js';
import type { DigitukiQuizProgressEvent } from '../../src/events/digituki-quiz-progress.js';
import { axeViolations } from '../support/axe.js';
import { clearStoredKeys, storedKeys } from '../support/session-keys.js';
import { QuizHarness, rightOptions, wrongOptions } from '../support/quiz-harness.js';

const attempt = (count: number, seed: string, number = 1): QuizItem[] => drawItems(tree, scenarios, { seed, attempt: number, count });

async function quiz(template = html`<digituki-quiz locale="en" items="3" seed="test"></digituki-quiz>`): Promise<QuizHarness> {
  const element = await fixture<DigitukiQuiz>(template);
  await element.updateComplete;
  return new QuizHarness(element);
}

/** Answers every item of the attempt, right where `right(i)` says so, by mouse or keyboard. */
async function take(q: QuizHarness, items: readonly QuizItem[], right: (i: number) => boolean, by: 'mouse' | 'keyboard' = 'mouse', fromIntro = true): Promise<void> {
  if (fromIntro) await q.click(/^Start$/);
  for (const [i, item] of items.entries()) {
    const chosen = right(i) ? rightOptions(item) : wrongOptions(item).slice(0, item.kind === 'single' ? 1 : 2);
    await (by === 'mouse' ? q.answer(chosen) : q.answerByKeyboard(chosen));
    if (by === 'mouse') await q.click(/^(Next item|See the result)$/);
    else {
      q.root.querySelector<HTMLButtonElement>('[part~="feedback"] button')!.focus();
      await userEvent.keyboard('{Enter}');
      await q.element.updateComplete;
    }
  }
}

beforeEach(() => clearStoredKeys('digituki-quiz'));

describe('<digituki-quiz>', () => {
  it('introduces the quiz: what it covers, how many items, the pass rule', async () => {
    const q = await quiz();
    const text = q.root.querySelector('[part="intro"]')!.textContent!;
    expect(q.heading).toContain('Digital Supporter - Public Officer');
    expect(text).toContain('3 items');
    expect(text).toContain('answer every item right');
    const lowered = await quiz(html`<digituki-quiz locale="en" items="4" seed="t" pass-score="3"></digituki-quiz>`);
    expect(lowered.root.textContent).toContain('at least 3 of 4 right');
  });

  it('draws the attempt its seed gives, options in the seeded order', async () => {
    const items = attempt(3, 'test');
    const q = await quiz();
    await q.click(/^Start$/);
    expect(q.optionIds).toEqual(items[0]!.options.map((o) => o.id));
    const text = scenarios.text.en![items[0]!.scenarioId ?? '']?.title ?? scenarios.competenceText!.en![items[0]!.id]!.question;
    expect(q.heading).toBe(text);
  });

  it('takes a whole attempt by mouse: feedback after each item, then the result and the event', async () => {
    const items = attempt(3, 'test');
    const q = await quiz();
    const complete = new Promise<DigitukiQuizCompleteEvent>((resolve) => q.element.addEventListener('digituki-quiz-complete', resolve, { once: true }));
    await take(q, items, (i) => i !== 1);
    const { detail } = await complete;
    expect(detail).toMatchObject({ score: 2, total: 3, pass: false, passScore: 3 });
    expect(detail.items).toEqual(items.map((item, i) => ({ id: item.id, correct: i !== 1 })));
    expect(detail.statement).toMatchObject({ verb: { id: 'http://adlnet.gov/expapi/verbs/failed' }, result: { score: { raw: 2, max: 3 }, success: false } });
    // Frozen all the way down: no listener changes what the next one (the SCORM reporter) reads.
    expect([detail, detail.items, detail.items[0], detail.statement, detail.statement.result.score].every((value) => Object.isFrozen(value))).toBe(true);
    expect(q.heading).toBe('2 of 3 right');
    const review = q.root.querySelector('.review')!;
    expect(review.querySelectorAll(':scope > li').length).toBe(1);
  });

  it('ends somewhere (issue 17 item 5): the next step without a badge link, the guide linked, the review numbered as the items, no buttons in print', async () => {
    const items = attempt(3, 'test');
    const failed = await quiz(html`<digituki-quiz locale="en" items="3" seed="test" guide-url="/intranet/digituki-guide"></digituki-quiz>`);
    await take(failed, items, (i) => i === 1);
    const next = () => [...failed.root.querySelectorAll('[part~="next"]')].map((p) => p.textContent!.trim());
    expect(next()).toEqual(['Practise again: Take it again draws situations you have not had yet.', 'Open the digital support guide']);
    expect(failed.root.querySelector<HTMLAnchorElement>('[part~="next"] a')!.getAttribute('href')).toBe('/intranet/digituki-guide');
    // The review lists items 1 and 3 under their own numbers, as their buttons name them.
    const reviewed = [...failed.root.querySelectorAll<HTMLLIElement>('.review > li')];
    expect(reviewed.map((li) => li.value)).toEqual([1, 3]);
    expect(reviewed.map((li) => li.querySelector('button')!.textContent!.trim())).toEqual(['Go through item 1 again', 'Go through item 3 again']);
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      expect([...failed.root.querySelectorAll('button')].every((b) => getComputedStyle(b).display === 'none')).toBe(true);
      expect(getComputedStyle(failed.root.querySelector('.review')!).display).not.toBe('none');
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { media: '' });
    }
    const passed = await quiz();
    await take(passed, items, () => true);
    expect(passed.root.querySelector('[part~="badge"]')).toBeNull();
    expect(passed.root.querySelector('[part~="next"]')!.textContent!.trim()).toBe('You passed this practice. Your organisation tells you how to apply for the badge.');
  });

  it('takes a whole attempt by keyboard alone and passes with every item right', async () => {
    const items = attempt(3, 'test');
    const q = await quiz();
    q.button(/^Start$/).focus();
    await userEvent.keyboard('{Enter}');
    await q.element.updateComplete;
    for (const item of items) {
      expect(q.root.activeElement?.tagName, 'focus on the new item’s heading').toBe('H2');
      expect(q.root.querySelector('[role="status"]')!.textContent).toMatch(/^Item \d of 3$/);
      await q.answerByKeyboard(rightOptions(item));
      expect(q.root.activeElement?.id).toBe('feedback-heading');
      expect(q.root.querySelector('[role="status"]')!.textContent).toBe('Right.');
      q.root.querySelector<HTMLButtonElement>('[part~="feedback"] button')!.focus();
      await userEvent.keyboard('{Enter}');
      await q.element.updateComplete;
    }
    expect(q.heading).toBe('3 of 3 right');
    expect(q.root.textContent).toContain('Passed.');
  });

  it('keeps the situation and every option in the feedback, marks the chosen and the right ones in words, and says why', async () => {
    const items = attempt(3, 'test');
    const q = await quiz();
    await q.click(/^Start$/);
    const shownBefore = [...q.root.querySelectorAll('.option-label')].map((l) => l.textContent!.replace(/^\d/, '').trim());
    const situation = q.root.querySelector('[part~="situation"]')?.textContent;
    const wrong = wrongOptions(items[0]!).slice(0, items[0]!.kind === 'single' ? 1 : 2);
    await q.answer(wrong);
    const feedback = q.root.querySelector('[part~="feedback"]')!;
    expect(feedback.querySelector('h2')!.textContent).toContain('Not right.');
    expect(q.root.querySelector('[role="status"]')!.textContent).toBe('Not right.');
    expect(feedback.querySelector('[part~="situation"]')?.textContent).toBe(situation);
    const answered = [...feedback.querySelectorAll('.answered')];
    expect(answered.map((li) => li.querySelector('.option-text')!.textContent)).toEqual(shownBefore);
    const marks = answered.map((li) => [...li.querySelectorAll('.mark')].map((m) => m.textContent).join('+'));
    expect(marks).toEqual(items[0]!.options.map((o) => [o.correct ? 'Right answer' : '', wrong.includes(o.id) ? 'Your choice' : ''].filter(Boolean).join('+')));
    // Why for each right option and each wrong one chosen, with its principles; nothing for the others.
    expect(answered.map((li) => li.querySelector('.why') !== null)).toEqual(items[0]!.options.map((o) => o.correct || wrong.includes(o.id)));
    expect(answered.filter((li) => li.querySelector('.why')).every((li) => li.querySelector('.option-principles')?.textContent?.startsWith('Principles:'))).toBe(true);
  });

  it('lists the missed situations in the result with a way back to each, and back to the result', async () => {
    const items = attempt(3, 'test');
    const q = await quiz();
    await take(q, items, (i) => i !== 1);
    const reviewButton = q.root.querySelector<HTMLButtonElement>('[data-review]')!;
    expect(reviewButton.textContent!.trim()).toBe('Go through item 2 again');
    await userEvent.click(reviewButton);
    await q.element.updateComplete;
    const heading = scenarios.text.en![items[1]!.scenarioId ?? '']?.title ?? scenarios.competenceText!.en![items[1]!.id]!.question;
    expect(q.root.activeElement?.textContent).toBe(heading);
    expect(q.root.querySelectorAll('.answered').length).toBe(items[1]!.options.length);
    expect(await axeViolations(q.element)).toEqual([]);
    await q.click(/^Back to the result$/);
    expect(q.heading).toBe('2 of 3 right');
    expect(q.root.activeElement?.id).toBe('result-heading');
  });

  it('links to the badge’s application page on a pass only, and only an address that may be a link', async () => {
    const items = attempt(2, 'badge');
    const passed = await quiz(html`<digituki-quiz locale="en" items="2" seed="badge" badge-url="https://example.org/apply"></digituki-quiz>`);
    await take(passed, items, () => true);
    expect(passed.root.querySelector<HTMLAnchorElement>('[part~="badge"] a')!.getAttribute('href')).toBe('https://example.org/apply');
    const failed = await quiz(html`<digituki-quiz locale="en" items="2" seed="badge" badge-url="https://example.org/apply"></digituki-quiz>`);
    await take(failed, items, (i) => i === 0);
    expect(failed.root.querySelector('[part~="badge"]')).toBeNull();
    const unsafe = await quiz(html`<digituki-quiz locale="en" items="2" seed="badge" badge-url="javascript:alert(1)"></digituki-quiz>`);
    await take(unsafe, items, () => true);
    expect(unsafe.root.querySelector('[part~="badge"]')).toBeNull();
  });

  it('refuses to check a "Choose 2" item without exactly two choices', async () => {
    const seed = [...Array(50).keys()].map(String).find((s) => attempt(1, s)[0]!.kind === 'choose-2')!;
    const q = await quiz(html`<digituki-quiz locale="en" items="1" seed=${seed}></digituki-quiz>`);
    await q.click(/^Start$/);
    expect(q.root.querySelector('legend')!.textContent).toContain('Choose 2.');
    expect(q.optionIds.length).toBe(5);
    await q.answer([q.optionIds[0]!]);
    expect(q.root.querySelector('[role="alert"]')!.textContent).toContain('Choose exactly two options.');
  });

  it('gives options opaque ids: nothing in the item’s markup tells right from wrong before the answer', async () => {
    const items = attempt(3, 'test');
    const q = await quiz();
    await q.click(/^Start$/);
    expect(q.optionIds, 'each option’s fixed letter, in the order the attempt shows them').toEqual(items[0]!.options.map((o) => o.id));
    expect([...q.optionIds].sort()).toEqual([...'abcde'].slice(0, items[0]!.options.length));
    const attributes = [...q.root.querySelectorAll('ul.options *')].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
    expect(attributes.filter((a) => /outcome|wrong|correct|right|distractor/i.test(a))).toEqual([]);
    expect(q.root.querySelector('ul.options')!.outerHTML).not.toMatch(/outcome:|wrong:/); // the ids the options had before
  });

  it('takes it again with a fixed seed: the next attempt of the seed, none of the first attempt’s items', async () => {
    const q = await quiz();
    await take(q, attempt(3, 'test'), () => true);
    await q.click(/^Take it again$/);
    const second = attempt(3, 'test', 2);
    expect(second.map((i) => i.id).filter((id) => attempt(3, 'test').some((i) => i.id === id))).toEqual([]);
    expect(q.root.querySelector('.progress')!.textContent).toBe('Item 1 of 3');
    const text = scenarios.text.en![second[0]!.scenarioId ?? '']?.title ?? scenarios.competenceText!.en![second[0]!.id]!.question;
    expect(q.heading).toBe(text);
    await take(q, second, () => true, 'mouse', false);
    expect(q.heading).toBe('3 of 3 right');
  });

  it.each([
    ['pass-score=""', html`<digituki-quiz locale="en" items="3" pass-score=""></digituki-quiz>`, ['pass-score']],
    ['pass-score="0"', html`<digituki-quiz locale="en" items="3" pass-score="0"></digituki-quiz>`, ['pass-score']],
    ['pass-score="-1"', html`<digituki-quiz locale="en" items="3" pass-score="-1"></digituki-quiz>`, ['pass-score']],
    ['pass-score="abc"', html`<digituki-quiz locale="en" items="3" pass-score="abc"></digituki-quiz>`, ['pass-score']],
    ['items="ten"', html`<digituki-quiz locale="en" items="ten"></digituki-quiz>`, ['items']],
    ['a list as the seed', html`<digituki-quiz locale="en" items="3" .seed=${['a']}></digituki-quiz>`, ['seed']],
  ])('shows an error panel and fires digituki-error for %s, never a quiz', async (_what, template, ids) => {
    const errors: DigitukiErrorEvent[] = [];
    const listen = (e: Event) => errors.push(e as DigitukiErrorEvent);
    document.addEventListener('digituki-error', listen);
    try {
      const q = await quiz(template);
      const panel = q.root.querySelector('[part~="error"]')!;
      expect(panel.getAttribute('role')).toBe('alert');
      expect(panel.textContent).toContain(ids[0]);
      expect(q.root.querySelector('[part="intro"]')).toBeNull();
      expect(errors.map((e) => e.detail)).toEqual([{ reason: 'invalid-settings', ids }]);
      expect(await axeViolations(q.element)).toEqual([]);
    } finally {
      document.removeEventListener('digituki-error', listen);
    }
  });

  it('recovers from the error panel when the page corrects the setting', async () => {
    const q = await quiz(html`<digituki-quiz locale="en" items="3" pass-score="0"></digituki-quiz>`);
    q.element.setAttribute('pass-score', '2');
    await q.element.updateComplete;
    expect(q.root.querySelector('[part~="error"]')).toBeNull();
    expect(q.root.querySelector('[part="intro"]')!.textContent).toContain('at least 2 of 3 right');
  });

  it('retakes with a fresh attempt', async () => {
    const q = await quiz(html`<digituki-quiz locale="en" items="2"></digituki-quiz>`);
    await q.click(/^Start$/);
    for (let i = 0; i < 2; i++) {
      const shown = q.optionIds;
      await q.answer(q.root.querySelector('fieldset input[type="checkbox"]') ? shown.slice(0, 2) : shown.slice(0, 1));
      await q.click(/^(Next item|See the result)$/);
    }
    await q.click(/^Take it again$/);
    expect(q.root.querySelector('.progress')!.textContent).toBe('Item 1 of 2');
  });

  it('shows Finnish and Swedish', async () => {
    const fi = await quiz(html`<digituki-quiz locale="fi" items="3" seed="test"></digituki-quiz>`);
    expect(fi.button(/^Aloita$/)).toBeTruthy();
    const sv = await quiz(html`<digituki-quiz locale="sv" items="3" seed="test"></digituki-quiz>`);
    await sv.click(/^Börja$/);
    expect(sv.root.querySelector('.progress')!.textContent).toBe('Fråga 1 av 3');
  });

  it('says above every screen that results are not being recorded with not-recorded, in each language, and nothing without it', async () => {
    const notice = (q: QuizHarness) => q.root.querySelector('[part~="notice"]')?.textContent ?? null;
    const items = attempt(1, 'test');
    const q = await quiz(html`<digituki-quiz locale="en" items="1" seed="test" not-recorded></digituki-quiz>`);
    const text = 'Your results are not being recorded: this is practice only.';
    expect(notice(q)).toBe(text);
    await q.click(/^Start$/);
    expect(notice(q)).toBe(text);
    await q.answer(rightOptions(items[0]!));
    expect(notice(q)).toBe(text);
    await q.click(/^See the result$/);
    expect(notice(q)).toBe(text);
    expect(await axeViolations(q.element)).toEqual([]);
    q.element.notRecorded = false;
    await q.element.updateComplete;
    expect(notice(q)).toBeNull();
    expect(notice(await quiz())).toBeNull();
    expect(notice(await quiz(html`<digituki-quiz locale="fi" items="1" not-recorded></digituki-quiz>`))).toBe('Tuloksiasi ei tallenneta: tämä on vain harjoitusta.');
    expect(notice(await quiz(html`<digituki-quiz locale="sv" items="1" not-recorded></digituki-quiz>`))).toBe('Dina resultat sparas inte: det här är bara övning.');
  });

  it('resumes the attempt after a reload when persist is set, and stores nothing without it', async () => {
    const items = attempt(3, 'test');
    const plain = await quiz();
    await plain.click(/^Start$/);
    await plain.answer(rightOptions(items[0]!));
    expect(storedKeys('digituki-quiz')).toEqual([]);
    plain.element.remove();
    const first = await quiz(html`<digituki-quiz locale="en" items="3" seed="test" persist="training"></digituki-quiz>`);
    await first.click(/^Start$/);
    await first.answer(rightOptions(items[0]!));
    await first.click(/^Next item$/);
    first.element.remove();
    const again = await quiz(html`<digituki-quiz locale="en" items="3" seed="test" persist="training"></digituki-quiz>`);
    expect(again.root.querySelector('.progress')!.textContent).toBe('Item 2 of 3');
  });

  it('resumes a stored attempt only under the settings it was drawn with: the page’s settings win', async () => {
    const items = attempt(3, 'test');
    for (const changed of [
      html`<digituki-quiz locale="en" items="3" seed="test" persist="training"></digituki-quiz>`,
      html`<digituki-quiz locale="en" items="4" seed="test" persist="training"></digituki-quiz>`,
      html`<digituki-quiz locale="en" items="3" seed="test" pass-score="1" persist="training"></digituki-quiz>`,
      html`<digituki-quiz locale="en" items="3" seed="other" persist="training"></digituki-quiz>`,
    ]) {
      clearStoredKeys('digituki-quiz');
      const first = await quiz(html`<digituki-quiz locale="en" items="3" seed="test" persist="training"></digituki-quiz>`);
      await first.click(/^Start$/);
      await first.answer(rightOptions(items[0]!));
      await first.click(/^Next item$/);
      first.element.remove();
      const again = await quiz(changed);
      // The same settings resume at item 2; any other count, pass score or seed starts afresh.
      expect(again.root.querySelector('.progress')?.textContent ?? 'intro').toBe(again.element.getAttribute('items') === '3' && !again.element.hasAttribute('pass-score') && again.element.seed === 'test' ? 'Item 2 of 3' : 'intro');
      again.element.remove();
    }
  });

  it('reports every step in digituki-quiz-progress, and resumes from attemptState as a host (an LMS) kept it', async () => {
    const items = attempt(3, 'test');
    const q = await quiz();
    const progress: DigitukiQuizProgressEvent[] = [];
    q.element.addEventListener('digituki-quiz-progress', (e) => progress.push(e));
    await q.click(/^Start$/);
    const wrong = wrongOptions(items[0]!).slice(0, items[0]!.kind === 'single' ? 1 : 2);
    await q.answer(wrong);
    await q.click(/^Next item$/);
    expect(progress.map((e) => e.detail.answered?.correct)).toEqual([undefined, false, undefined]);
    expect(progress[1]!.detail.answered).toEqual({ itemId: items[0]!.id, kind: items[0]!.kind, chosen: [...wrong].sort(), right: rightOptions(items[0]!), correct: false });
    const kept = JSON.parse(JSON.stringify(progress.at(-1)!.detail.attempt)) as StoredAttempt;
    expect(kept).toMatchObject({ bankVersion: scenarios.version, seed: 'test', attempt: 1, count: 3, passScore: 3, done: 1 });
    q.element.remove();
    const resumed = await quiz(html`<digituki-quiz locale="en" items="3" seed="test" .attemptState=${kept}></digituki-quiz>`);
    expect(resumed.root.querySelector('.progress')!.textContent).toBe('Item 2 of 3');
    // Kept under other settings, it is not used: the page's settings win.
    const other = await quiz(html`<digituki-quiz locale="en" items="4" seed="test" .attemptState=${kept}></digituki-quiz>`);
    expect(other.root.querySelector('[part="intro"]')).not.toBeNull();
  });

  it('puts the host’s actor in the xAPI statement, takes one given mid-attempt without starting over, and refuses one that is not an Agent', async () => {
    const items = attempt(2, 'actor');
    const actor = { account: { homePage: 'https://oppiva.example.fi', name: 'a1b2c3' } };
    const q = await quiz(html`<digituki-quiz locale="en" items="2" seed="actor"></digituki-quiz>`);
    const complete = new Promise<DigitukiQuizCompleteEvent>((resolve) => q.element.addEventListener('digituki-quiz-complete', resolve, { once: true }));
    await q.click(/^Start$/);
    await q.answer(rightOptions(items[0]!));
    q.element.actor = actor; // the learner logged in meanwhile
    await q.element.updateComplete;
    expect(q.root.querySelector('[part~="feedback"]'), 'the attempt goes on').not.toBeNull();
    await q.click(/^Next item$/);
    await q.answer(rightOptions(items[1]!));
    await q.click(/^See the result$/);
    expect((await complete).detail.statement.actor).toEqual(actor);
    const errors: DigitukiErrorEvent[] = [];
    document.addEventListener('digituki-error', (e) => errors.push(e), { once: true });
    q.element.actor = { mbox: 'learner@example.fi' } as never;
    await q.element.updateComplete;
    expect(q.root.querySelector('[part~="error"]')!.textContent).toContain('actor');
    expect(errors.map((e) => e.detail)).toEqual([{ reason: 'invalid-settings', ids: ['actor'] }]);
  });

  it('drops a corrupted stored attempt without an error', async () => {
    sessionStorage.setItem('digituki-quiz:digital-support:training', JSON.stringify({ format: 1, tree: 'digital-support', version: tree.version, data: { seed: 'x', count: 3, passScore: 3, done: 2, responses: { nope: ['a'] } } }));
    const q = await quiz(html`<digituki-quiz locale="en" items="3" seed="test" persist="training"></digituki-quiz>`);
    expect(q.root.querySelector('[part="intro"]')).not.toBeNull();
    expect(sessionStorage.getItem('digituki-quiz:digital-support:training')).toBeNull();
  });

  it('never passes an attempt whose stored pass score was edited (a tampered sessionStorage once gave "passed" for 0 of 1)', async () => {
    const [item] = attempt(1, 'tamper');
    const wrong = wrongOptions(item!).slice(0, item!.kind === 'single' ? 1 : 2);
    const tampered = { bankVersion: scenarios.version, seed: 'tamper', attempt: 1, count: 1, passScore: 0, responses: { [item!.id]: wrong }, done: 1 };
    sessionStorage.setItem('digituki-quiz:digital-support:training', JSON.stringify({ format: 1, tree: 'digital-support', version: tree.version, data: tampered }));
    const q = await quiz(html`<digituki-quiz locale="en" items="1" seed="tamper" persist="training"></digituki-quiz>`);
    const completes: DigitukiQuizCompleteEvent[] = [];
    q.element.addEventListener('digituki-quiz-complete', (e) => completes.push(e));
    expect(q.root.querySelector('[part="intro"]'), 'the edited attempt is dropped').not.toBeNull();
    await take(q, [item!], () => false);
    expect(q.root.textContent).toContain('Not passed');
    expect(completes.map((e) => [e.detail.pass, e.detail.statement.verb.id])).toEqual([[false, 'http://adlnet.gov/expapi/verbs/failed']]);
  });

  it('has no axe violations in the intro, single and "Choose 2" items, right and wrong feedback, both results, and results and reviews as printed', async () => {
    const seedWith = (kind: string) => [...Array(80).keys()].map((n) => `axe${n}`).find((s) => attempt(1, s)[0]!.kind === kind)!;
    const violations: string[] = [];
    for (const kind of ['single', 'choose-2']) {
      for (const right of [true, false]) {
        const seed = seedWith(kind);
        const [item] = attempt(1, seed);
        const q = await quiz(html`<digituki-quiz locale="en" items="1" seed=${seed}></digituki-quiz>`);
        violations.push(...(await axeViolations(q.element)).map((v) => `intro: ${v}`));
        await q.click(/^Start$/);
        violations.push(...(await axeViolations(q.element)).map((v) => `${kind} item: ${v}`));
        await q.answer(right ? rightOptions(item!) : wrongOptions(item!).slice(0, kind === 'single' ? 1 : 2));
        violations.push(...(await axeViolations(q.element)).map((v) => `${kind} feedback (${right}): ${v}`));
        await q.click(/^See the result$/);
        violations.push(...(await axeViolations(q.element)).map((v) => `${kind} result (${right}): ${v}`));
        // As printed (a learner printing their result or a missed item's review).
        await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
        violations.push(...(await axeViolations(q.element)).map((v) => `${kind} result printed (${right}): ${v}`));
        if (!right) {
          // The buttons do not print: open the review on screen, then print it.
          await cdp().send('Emulation.setEmulatedMedia', { media: '' });
          await userEvent.click(q.root.querySelector<HTMLButtonElement>('[data-review]')!);
          await q.element.updateComplete;
          await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
          violations.push(...(await axeViolations(q.element)).map((v) => `${kind} review printed: ${v}`));
        }
        await cdp().send('Emulation.setEmulatedMedia', { media: '' });
      }
    }
    expect(violations).toEqual([]);
  });
});

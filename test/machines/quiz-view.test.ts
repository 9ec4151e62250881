/**
 * `quizView`, what `<digituki-quiz>` shows on each screen, for one attempt of three items of the
 * default bank driven through the quiz machine: a single-choice scenario item, a competence item
 * and a "Choose 2" scenario item, answered right and wrong. The attempt is built here, not drawn:
 * the three items from the bank's pool, their options in a fixed order and given ids `a`, `b`,
 * `c`... by position as `drawItems` gives them, so neither the bank's other items nor the draw
 * can change it. Expected text is looked up in the bank and the tree by id, apart from `itemText`
 * and `optionText`. A right option shows the scenario's own `right` text (written for the
 * situation, with why it is right), never the outcome's generic `action`.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { describe, expect, it } from 'vitest';
import { feedbackView, itemPool, QUIZ_SCREENS, quizMachine, quizView, type QuizEvent, type QuizItem, type QuizView, type TreeDefinition } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';

const pool = itemPool(tree, scenarios);

/** Each item's options in the attempt's order, by their ids in the pool (which name their source). */
const order: readonly (readonly [string, readonly string[]])[] = [
  ['SC13:single', ['outcome:guide-own-service', 'wrong:send-to-library', 'wrong:come-back-another-day', 'wrong:work-computer-then-log-out', 'wrong:enter-in-case-system-for-her']],
  ['competence-authority-duty', ['handle-all-authorities', 'advise-own-services', 'recommend-a-bank', 'log-in-for-customers', 'show-help-contacts']],
  ['SC27:choose-2', ['wrong:show-with-your-own-codes', 'wrong:name-a-bank', 'wrong:say-nothing-can-be-done', 'outcome:refer-service-owner', 'outcome:no-eid-alternatives']],
];

/** The pool's item `id` with its options in `optionOrder` (every one of them), renamed `a`, `b`, `c`... by position. */
function attemptItem(id: string, optionOrder: readonly string[]): QuizItem {
  const item = pool.find((i) => i.id === id);
  if (!item) throw new Error(`the bank has no item ${id}`);
  const options = optionOrder.map((optionId, i) => {
    const option = item.options.find((o) => o.id === optionId);
    if (!option) throw new Error(`item ${id} has no option ${optionId}`);
    return { ...option, id: 'abcdefgh'[i]! };
  });
  if (options.length !== item.options.length) throw new Error(`item ${id} has options ${item.options.map((o) => o.id).join(', ')}`);
  return { ...item, options };
}

// Every expectation below is written for these items and option orders: `a` is the first option listed, `b` the second...
const items = order.map(([id, optionOrder]) => attemptItem(id, optionOrder));

const en = tree.text.en!;
const sc13 = scenarios.text.en!.SC13!;
const sc27 = scenarios.text.en!.SC27!;
const duty = scenarios.competenceText!.en!['competence-authority-duty']!;
const principle = (id: string) => ({ id, title: en.principles[id]!.title, text: en.principles[id]!.text });

/** The machine's snapshot after `events`, from the attempt. */
function after(events: readonly QuizEvent[], passScore?: number): SnapshotFrom<typeof quizMachine> {
  let [snapshot] = initialTransition(quizMachine, { items, passScore });
  for (const event of events) {
    const next = transition(quizMachine, snapshot, event)[0];
    expect(next, `${JSON.stringify(event)} is refused`).not.toBe(snapshot);
    snapshot = next;
  }
  return snapshot;
}

/** The view of the screen the machine is on, after `events`. */
function viewAfter(events: readonly QuizEvent[], options: { passScore?: number; locale?: string; definition?: TreeDefinition } = {}): QuizView {
  const snapshot = after(events, options.passScore);
  const screens = QUIZ_SCREENS.filter((tag) => snapshot.hasTag(tag));
  expect(screens.length, 'one screen at a time').toBe(1);
  return quizView(options.definition ?? tree, scenarios, options.locale ?? 'en', snapshot.context, screens[0]!);
}

const start: QuizEvent = { type: 'start' };
const next: QuizEvent = { type: 'next' };
const answer = (...optionIds: string[]): QuizEvent => ({ type: 'answer', optionIds });
/** Item 1 right (`a`), moved past; item 2 (the competence item) wrong: one right (`e`, show-help-contacts) and one wrong statement (`c`, recommend-a-bank). */
const toItemThree = [start, answer('a'), next, answer('e', 'c'), next];

describe('the intro', () => {
  it('gives the item count and that every item must be right, by default', () => {
    expect(viewAfter([])).toEqual({ screen: 'intro', count: 3, passScore: 3, passAll: true });
  });

  it('gives a lowered pass score', () => {
    expect(viewAfter([], { passScore: 2 })).toEqual({ screen: 'intro', count: 3, passScore: 2, passAll: false });
  });
});

describe('an item', () => {
  it('shows a scenario item: number, heading, situation, one to choose, options in the attempt’s order', () => {
    expect(viewAfter([start])).toEqual({
      screen: 'item',
      number: 1,
      total: 3,
      itemId: 'SC13:single',
      kind: 'single',
      choose: 1,
      heading: sc13.title,
      situation: sc13.situation,
      prompt: scenarios.promptText.en!.single,
      options: [
        { id: 'a', text: sc13.right['guide-own-service']!.text },
        { id: 'b', text: sc13.distractors['send-to-library']!.text },
        { id: 'c', text: sc13.distractors['come-back-another-day']!.text },
        { id: 'd', text: sc13.distractors['work-computer-then-log-out']!.text },
        { id: 'e', text: sc13.distractors['enter-in-case-system-for-her']!.text },
      ],
    });
  });

  it('shows a competence item: its question, no situation, two to choose', () => {
    expect(viewAfter([start, answer('a'), next])).toEqual({
      screen: 'item',
      number: 2,
      total: 3,
      itemId: 'competence-authority-duty',
      kind: 'choose-2',
      choose: 2,
      heading: duty.question,
      situation: undefined,
      prompt: scenarios.promptText.en!['choose-2'],
      options: [
        { id: 'a', text: duty.options['handle-all-authorities']!.text },
        { id: 'b', text: duty.options['advise-own-services']!.text },
        { id: 'c', text: duty.options['recommend-a-bank']!.text },
        { id: 'd', text: duty.options['log-in-for-customers']!.text },
        { id: 'e', text: duty.options['show-help-contacts']!.text },
      ],
    });
  });

  it('shows a "Choose 2" scenario item with its situation', () => {
    expect(viewAfter(toItemThree)).toMatchObject({
      screen: 'item',
      number: 3,
      itemId: 'SC27:choose-2',
      kind: 'choose-2',
      choose: 2,
      heading: sc27.title,
      situation: sc27.situation,
      prompt: scenarios.promptText.en!['choose-2'],
      options: [
        { id: 'a', text: sc27.distractors['show-with-your-own-codes']!.text },
        { id: 'b', text: sc27.distractors['name-a-bank']!.text },
        { id: 'c', text: sc27.distractors['say-nothing-can-be-done']!.text },
        { id: 'd', text: sc27.right['refer-service-owner']!.text },
        { id: 'e', text: sc27.right['no-eid-alternatives']!.text },
      ],
    });
  });

  it('is in the locale asked for', () => {
    const view = viewAfter([start], { locale: 'fi' });
    expect(view).toMatchObject({ heading: scenarios.text.fi!.SC13!.title, situation: scenarios.text.fi!.SC13!.situation, prompt: scenarios.promptText.fi!.single });
    expect(view.screen === 'item' && view.options[0]).toEqual({ id: 'a', text: scenarios.text.fi!.SC13!.right['guide-own-service']!.text });
  });
});

describe('the feedback', () => {
  const sc13Options = [sc13.right['guide-own-service']!, ...['send-to-library', 'come-back-another-day', 'work-computer-then-log-out', 'enter-in-case-system-for-her'].map((id) => sc13.distractors[id]!)];
  /** SC13's principles by option, in the bank: guide-own-service P3 P1…, and each wrong action's. */
  const principlesOf = (i: number) => items[0]!.options[i]!.principles.map(principle);

  it('after a right answer: the situation and every option stay, the right one marked as chosen, with why and its principles', () => {
    expect(viewAfter([start, answer('a')])).toEqual({
      screen: 'feedback',
      number: 1,
      total: 3,
      itemId: 'SC13:single',
      kind: 'single',
      heading: sc13.title,
      situation: sc13.situation,
      prompt: scenarios.promptText.en!.single,
      right: true,
      options: sc13Options.map((text, i) => ({
        id: 'abcde'[i],
        text: text.text,
        chosen: i === 0,
        right: i === 0,
        // Why and the principles for the right option and a chosen wrong one, not for the others.
        why: i === 0 ? text.why : undefined,
        principles: i === 0 ? principlesOf(0) : [],
      })),
      principles: principlesOf(0),
      last: false,
    });
  });

  it('after a wrong answer: the chosen wrong option marked and explained as well as the right one', () => {
    const view = viewAfter([start, answer('e')]);
    expect(view).toMatchObject({ right: false });
    if (view.screen !== 'feedback') throw new Error('not the feedback');
    expect(view.options.map((o) => [o.id, o.chosen, o.right, o.why !== undefined])).toEqual([
      ['a', false, true, true],
      ['b', false, false, false],
      ['c', false, false, false],
      ['d', false, false, false],
      ['e', true, false, true],
    ]);
    expect(view.options[4]).toMatchObject({ why: sc13.distractors['enter-in-case-system-for-her']!.why, principles: principlesOf(4) });
    expect(view.principles.map((p) => p.id)).toEqual([...new Set([...items[0]!.options[0]!.principles, ...items[0]!.options[4]!.principles])]);
  });

  it('lists a principle once when the right and the chosen option share it', () => {
    // guide-own-service rests on P3; sending the customer to the library goes against P3 too.
    const view = viewAfter([start, answer('b')]);
    if (view.screen !== 'feedback') throw new Error('not the feedback');
    expect(items[0]!.options[1]!.principles).toContain('P3');
    expect(view.principles.filter((p) => p.id === 'P3').length).toBe(1);
  });

  it('leaves out a principle without text in the locale', () => {
    const principles = Object.fromEntries(Object.entries(en.principles).filter(([id]) => id !== 'P3'));
    const definition: TreeDefinition = { ...tree, text: { ...tree.text, en: { ...en, principles } } };
    const view = viewAfter([start, answer('e')], { definition });
    if (view.screen !== 'feedback') throw new Error('not the feedback');
    expect(view.principles.map((p) => p.id)).not.toContain('P3');
    expect(view.options[0]!.principles.map((p) => p.id)).not.toContain('P3');
    expect(view.principles.length).toBeGreaterThan(0);
  });

  it('after half a "Choose 2" competence item: both right statements and the wrong one chosen marked, no situation', () => {
    const view = viewAfter(toItemThree.slice(0, 4));
    expect(view).toMatchObject({ screen: 'feedback', number: 2, itemId: 'competence-authority-duty', kind: 'choose-2', heading: duty.question, situation: undefined, prompt: scenarios.promptText.en!['choose-2'], right: false, last: false });
    if (view.screen !== 'feedback') throw new Error('not the feedback');
    // a handle-all-authorities, b advise-own-services (right), c recommend-a-bank (chosen), d log-in-for-customers, e show-help-contacts (right, chosen).
    expect(view.options.map((o) => [o.id, o.chosen, o.right])).toEqual([
      ['a', false, false],
      ['b', false, true],
      ['c', true, false],
      ['d', false, false],
      ['e', true, true],
    ]);
    expect(view.options.filter((o) => o.why).map((o) => o.why)).toEqual([duty.options['advise-own-services']!.why, duty.options['recommend-a-bank']!.why, duty.options['show-help-contacts']!.why]);
  });

  it('after the last item, right: says it is the last', () => {
    expect(viewAfter([...toItemThree, answer('e', 'd')])).toMatchObject({ number: 3, right: true, last: true });
  });
});

describe('the result', () => {
  /** Item 3 wrong: name-a-bank (b) and show-with-your-own-codes (a). */
  const allAnswered = [...toItemThree, answer('b', 'a'), next];

  it('gives the score, the pass rule and each missed item with the right and the chosen options', () => {
    expect(viewAfter(allAnswered)).toEqual({
      screen: 'result',
      score: 1,
      total: 3,
      pass: false,
      passScore: 3,
      missed: [
        {
          itemId: 'competence-authority-duty',
          index: 1,
          heading: duty.question,
          situation: undefined,
          right: [duty.options['advise-own-services']!.text, duty.options['show-help-contacts']!.text],
          // In the attempt’s order, not the order chosen.
          chosen: [duty.options['recommend-a-bank']!.text, duty.options['show-help-contacts']!.text],
        },
        {
          itemId: 'SC27:choose-2',
          index: 2,
          heading: sc27.title,
          situation: sc27.situation,
          right: [sc27.right['refer-service-owner']!.text, sc27.right['no-eid-alternatives']!.text],
          // In the attempt’s order, not the order chosen.
          chosen: [sc27.distractors['show-with-your-own-codes']!.text, sc27.distractors['name-a-bank']!.text],
        },
      ],
    });
  });

  it('shows a missed item again from the result as its feedback showed it', () => {
    const atResult = after(allAnswered).context;
    expect(feedbackView(tree, scenarios, 'en', atResult, 2)).toEqual(viewAfter([...toItemThree, answer('b', 'a')]));
    expect(feedbackView(tree, scenarios, 'fi', atResult, 1)).toMatchObject({ itemId: 'competence-authority-duty', heading: scenarios.competenceText!.fi!['competence-authority-duty']!.question, right: false });
  });

  it('passes with a lowered pass score', () => {
    expect(viewAfter(allAnswered, { passScore: 1 })).toMatchObject({ score: 1, pass: true, passScore: 1 });
  });

  it('has nothing to review when every item is right', () => {
    const allRight = [start, answer('a'), next, answer('e', 'b'), next, answer('e', 'd'), next];
    expect(viewAfter(allRight)).toEqual({ screen: 'result', score: 3, total: 3, pass: true, passScore: 3, missed: [] });
  });
});

/**
 * `quizView`, what `<digituki-quiz>` shows on each screen, for one seeded attempt drawn from three
 * items of the default bank and driven through the quiz machine: a single-choice scenario item, a
 * competence item and a "Choose 2" scenario item, answered right and wrong. Expected text is looked up in the bank and
 * the tree by id, apart from `itemText` and `optionText`. A right option shows the scenario's own `right` text (written for
 * the situation, with why it is right), never the outcome's generic `action`.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawAttempt, itemPool, QUIZ_SCREENS, quizMachine, quizView, type QuizEvent, type QuizView, type TreeDefinition } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';

const pool = itemPool(tree, scenarios);
// The attempt is drawn from these three items only, not from the whole bank: which items a seed
// draws from the whole bank changes whenever a scenario joins or leaves it, and that is not what
// these tests are about. Only a change to these items (or to drawAttempt) changes the draw.
const ids = ['SC13:single', 'competence-authority-duty', 'SC27:choose-two'];
const items = drawAttempt(pool.filter((i) => ids.includes(i.id)), { count: 3, seed: 'view-2' });

const en = tree.text.en!;
const sc13 = scenarios.text.en!.SC13!;
const sc27 = scenarios.text.en!.SC27!;
const duty = scenarios.competenceText!.en!['competence-authority-duty']!;
const principle = (id: string) => ({ id, title: en.principles[id]!.title, text: en.principles[id]!.text });

/** The machine's snapshot after `events`, from the seeded attempt. */
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
/** Item 1 right, moved past; item 2 (the competence item) wrong: one right and one wrong statement. */
const toItemThree = [start, answer('outcome:guide-own-service'), next, answer('show-help-contacts', 'recommend-a-bank'), next];

// Every expectation below is written for this draw: a change to these items or to drawAttempt shows here first.
beforeAll(() => expect(items.map((i) => i.id)).toEqual(['SC13:single', 'competence-authority-duty', 'SC27:choose-two']));

describe('the intro', () => {
  it('gives the item count and that every item must be right, by default', () => {
    expect(viewAfter([])).toEqual({ screen: 'intro', count: 3, passScore: 3, passAll: true });
  });

  it('gives a lowered pass score', () => {
    expect(viewAfter([], { passScore: 2 })).toEqual({ screen: 'intro', count: 3, passScore: 2, passAll: false });
  });
});

describe('an item', () => {
  it('shows a scenario item: number, heading, situation, one to choose, options in the drawn order', () => {
    expect(viewAfter([start])).toEqual({
      screen: 'item',
      number: 1,
      total: 3,
      itemId: 'SC13:single',
      kind: 'single',
      choose: 1,
      heading: sc13.title,
      situation: sc13.situation,
      options: [
        { id: 'outcome:guide-own-service', text: sc13.right['guide-own-service']!.text },
        { id: 'wrong:send-to-library', text: sc13.distractors['send-to-library']!.text },
        { id: 'wrong:come-back-another-day', text: sc13.distractors['come-back-another-day']!.text },
        { id: 'wrong:work-computer-then-log-out', text: sc13.distractors['work-computer-then-log-out']!.text },
        { id: 'wrong:enter-in-case-system-for-her', text: sc13.distractors['enter-in-case-system-for-her']!.text },
      ],
    });
  });

  it('shows a competence item: its question, no situation, two to choose', () => {
    expect(viewAfter([start, answer('outcome:guide-own-service'), next])).toEqual({
      screen: 'item',
      number: 2,
      total: 3,
      itemId: 'competence-authority-duty',
      kind: 'choose-two',
      choose: 2,
      heading: duty.question,
      situation: undefined,
      options: ['handle-all-authorities', 'advise-own-services', 'recommend-a-bank', 'log-in-for-customers', 'show-help-contacts'].map((id) => ({ id, text: duty.options[id]!.text })),
    });
  });

  it('shows a "Choose 2" scenario item with its situation', () => {
    expect(viewAfter(toItemThree)).toMatchObject({
      screen: 'item',
      number: 3,
      itemId: 'SC27:choose-two',
      kind: 'choose-two',
      choose: 2,
      heading: sc27.title,
      situation: sc27.situation,
      options: [
        { id: 'wrong:show-with-your-own-codes', text: sc27.distractors['show-with-your-own-codes']!.text },
        { id: 'wrong:name-a-bank', text: sc27.distractors['name-a-bank']!.text },
        { id: 'wrong:say-nothing-can-be-done', text: sc27.distractors['say-nothing-can-be-done']!.text },
        { id: 'outcome:refer-service-owner', text: sc27.right['refer-service-owner']!.text },
        { id: 'outcome:no-eid-alternatives', text: sc27.right['no-eid-alternatives']!.text },
      ],
    });
  });

  it('is in the locale asked for', () => {
    const view = viewAfter([start], { locale: 'fi' });
    expect(view).toMatchObject({ heading: scenarios.text.fi!.SC13!.title, situation: scenarios.text.fi!.SC13!.situation });
    expect(view.screen === 'item' && view.options[0]).toEqual({ id: 'outcome:guide-own-service', text: scenarios.text.fi!.SC13!.right['guide-own-service']!.text });
  });
});

describe('the feedback', () => {
  const rightOfSc13 = { id: 'outcome:guide-own-service', ...sc13.right['guide-own-service']! };

  it('after a right answer: the right option, its outcome’s first principle, more items to come', () => {
    expect(viewAfter([start, answer('outcome:guide-own-service')])).toEqual({
      screen: 'feedback',
      number: 1,
      total: 3,
      itemId: 'SC13:single',
      right: true,
      rightOptions: [rightOfSc13],
      wrongChosen: [],
      principles: [principle('P3')],
      last: false,
    });
  });

  it('after a wrong answer: the right option, the chosen one with why, the first principle of each', () => {
    expect(viewAfter([start, answer('wrong:enter-in-case-system-for-her')])).toMatchObject({
      right: false,
      rightOptions: [rightOfSc13],
      wrongChosen: [{ id: 'wrong:enter-in-case-system-for-her', ...sc13.distractors['enter-in-case-system-for-her'] }],
      principles: [principle('P3'), principle('P10')],
    });
  });

  it('lists a principle once when the right and the chosen option share it', () => {
    // guide-own-service rests first on P3; sending the customer to the library goes first against P3 too.
    expect(viewAfter([start, answer('wrong:send-to-library')])).toMatchObject({ principles: [principle('P3')] });
  });

  it('leaves out a principle without text in the locale', () => {
    const principles = Object.fromEntries(Object.entries(en.principles).filter(([id]) => id !== 'P3'));
    const definition: TreeDefinition = { ...tree, text: { ...tree.text, en: { ...en, principles } } };
    expect(viewAfter([start, answer('wrong:enter-in-case-system-for-her')], { definition })).toMatchObject({ principles: [principle('P10')] });
  });

  it('after half a "Choose 2" competence item: both right statements and the wrong one chosen, with why', () => {
    expect(viewAfter(toItemThree.slice(0, 4))).toEqual({
      screen: 'feedback',
      number: 2,
      total: 3,
      itemId: 'competence-authority-duty',
      right: false,
      // In the drawn order: advise-own-services before show-help-contacts.
      rightOptions: [
        { id: 'advise-own-services', ...duty.options['advise-own-services'] },
        { id: 'show-help-contacts', ...duty.options['show-help-contacts'] },
      ],
      wrongChosen: [{ id: 'recommend-a-bank', ...duty.options['recommend-a-bank'] }],
      // First principles: advise-own-services P3, show-help-contacts L2, recommend-a-bank P20.
      principles: [principle('P3'), principle('L2'), principle('P20')],
      last: false,
    });
  });

  it('after the last item, right: says it is the last', () => {
    expect(viewAfter([...toItemThree, answer('outcome:no-eid-alternatives', 'outcome:refer-service-owner')])).toMatchObject({
      number: 3,
      right: true,
      wrongChosen: [],
      // In the drawn order, not the order chosen: refer-service-owner (P8) before no-eid-alternatives (P21).
      principles: [principle('P8'), principle('P21')],
      last: true,
    });
  });
});

describe('the result', () => {
  const allAnswered = [...toItemThree, answer('wrong:name-a-bank', 'wrong:show-with-your-own-codes'), next];

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
          heading: duty.question,
          situation: undefined,
          right: [duty.options['advise-own-services']!.text, duty.options['show-help-contacts']!.text],
          // In the drawn order, not the order chosen.
          chosen: [duty.options['recommend-a-bank']!.text, duty.options['show-help-contacts']!.text],
        },
        {
          itemId: 'SC27:choose-two',
          heading: sc27.title,
          situation: sc27.situation,
          right: [sc27.right['refer-service-owner']!.text, sc27.right['no-eid-alternatives']!.text],
          // In the drawn order, not the order chosen.
          chosen: [sc27.distractors['show-with-your-own-codes']!.text, sc27.distractors['name-a-bank']!.text],
        },
      ],
    });
  });

  it('passes with a lowered pass score', () => {
    expect(viewAfter(allAnswered, { passScore: 1 })).toMatchObject({ score: 1, pass: true, passScore: 1 });
  });

  it('has nothing to review when every item is right', () => {
    const allRight = [start, answer('outcome:guide-own-service'), next, answer('show-help-contacts', 'advise-own-services'), next, answer('outcome:no-eid-alternatives', 'outcome:refer-service-owner'), next];
    expect(viewAfter(allRight)).toEqual({ screen: 'result', score: 3, total: 3, pass: true, passScore: 3, missed: [] });
  });
});

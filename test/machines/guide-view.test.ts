/**
 * What the guide shows for each state of its machine (guideView), computed in Node: the question
 * with its number and options, the answers given, the actions offered, the recommendation; and
 * the small pure helpers the element renders with (toggledOptions, answerValue, answerLabels,
 * answersToKeep, readKeptAnswers).
 */
import { describe, expect, it } from 'vitest';
import {
  answerLabels,
  answersToKeep,
  customerView,
  hasCustomerTexts,
  answerValue,
  compileTree,
  guideView,
  indexTree,
  prepareTree,
  readKeptAnswers,
  toggledOptions,
  type Answers,
  type TreeDefinition,
} from '../../machines/index.js';
import { smallTree } from '../fixtures/trees/small-tree.js';
import { send, start, walk } from '../support/drive.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const definition = smallTree() as Mutable;
definition.referrals.bank.url = 'https://example.org/bank';
const tree = prepareTree(definition as TreeDefinition);
const index = indexTree(tree);
const machine = compileTree(tree);
const view = (snapshot: ReturnType<typeof start>, locale = 'en') => guideView(index, snapshot.context, locale);

describe('guideView', () => {
  it('shows the first question, numbered 1, nothing chosen, nothing to go back to or clear', () => {
    expect(view(start(machine))).toEqual({
      question: {
        questionId: 'where',
        number: 1,
        title: 'Where? (en)',
        help: 'Help (en)',
        multi: false,
        options: [
          { id: 'desk', label: 'Desk (en)', hint: undefined, checked: false, exclusive: false },
          { id: 'library', label: 'Library (en)', hint: 'A general point (en)', checked: false, exclusive: false },
        ],
      },
      result: undefined,
      answered: [],
      canGoBack: false,
      canStartOver: false,
    });
  });

  it('numbers the next question, marks the exclusive option and lists the answer given', () => {
    const shown = view(send(machine, start(machine), { type: 'answer', questionId: 'where', value: 'library' }), 'fi');
    expect(shown.question).toMatchObject({ questionId: 'signs', number: 2, multi: true });
    expect(shown.question!.options.map((o) => [o.id, o.exclusive])).toEqual([['codes', false], ['scam', false], ['none', true]]);
    expect(shown.answered).toEqual([{ questionId: 'where', title: 'Where? (fi)', labels: 'Library (fi)', preset: false }]);
    expect([shown.canGoBack, shown.canStartOver]).toEqual([true, true]);
  });

  it('shows an answer kept from before as chosen when the user goes back', () => {
    const atWhose = walk(machine, { where: 'desk', signs: ['codes', 'scam'] });
    const back = send(machine, atWhose, { type: 'back' });
    expect(view(back).question!.options.filter((o) => o.checked).map((o) => o.id)).toEqual(['codes', 'scam']);
    expect(view(back).answered.map((r) => r.questionId)).toEqual(['where']);
  });

  it('lists the answers kept after a change, marked, after the walk so far, until the walk reaches them', () => {
    const done = walk(machine, { where: 'desk', signs: ['none'], whose: 'device', device: 'shared' });
    const changed = send(machine, done, { type: 'goTo', questionId: 'signs' });
    expect(view(changed).answered.map((r) => [r.questionId, r.kept ?? false])).toEqual([
      ['where', false],
      ['whose', true],
      ['device', true],
    ]);
    const reached = send(machine, changed, { type: 'answer', questionId: 'signs', value: ['codes'] });
    expect(view(reached).answered.every((r) => !r.kept)).toBe(true);
  });

  it('does not count preset questions, shows them as set by the page, and offers nothing to clear or go back to', () => {
    const shown = view(start(machine, { where: 'desk' }));
    expect(shown.question).toMatchObject({ questionId: 'signs', number: 1 });
    expect(shown.answered).toEqual([{ questionId: 'where', title: 'Where? (en)', labels: 'Desk (en)', preset: true }]);
    expect([shown.canGoBack, shown.canStartOver]).toEqual([false, false]);
  });

  it('gives the recommendation: courses in order with their text, principle status and safe links, and why', () => {
    const shown = view(walk(machine, { where: 'desk', signs: ['codes', 'scam'] }));
    expect(shown.question).toBeUndefined();
    expect(shown.result!.outcomes.map((o) => [o.id, o.primary])).toEqual([
      ['stop', true],
      ['keep-codes', false],
    ]);
    expect(shown.result!.outcomes[0]).toEqual({
      id: 'stop',
      primary: true,
      title: 'stop (en)',
      action: 'Do stop (en)',
      inferred: false,
      steps: ['Step (en)'],
      never: [
        { id: 'share-codes', rank: 1, text: 'Never type their codes (en)' },
        { id: 'call-the-number', rank: 2, text: 'Never call the number in the message (en)' },
      ],
      reasons: [{ because: 'there are signs of a scam (en)', answers: [{ questionId: 'signs', title: 'Signs? (en)', labels: 'Codes (en), Scam (en)', preset: false }] }],
      principles: [{ id: 'P19', title: 'P19 (en)', text: 'P19 text (en)', status: 'INFERRED' }],
      referrals: [{ id: 'bank', name: 'Bank (en)', detail: 'The customer’s bank (en)', url: 'https://example.org/bank' }],
    });
    // One "never" list for the whole result: share-codes, listed by both courses, once; most important first.
    expect(shown.result!.never.map((n) => n.id)).toEqual(['share-codes', 'call-the-number']);
    expect(shown.result!.why.map((r) => [r.questionId, r.labels])).toEqual([
      ['where', 'Desk (en)'],
      ['signs', 'Codes (en), Scam (en)'],
    ]);
    expect(shown.answered).toEqual(shown.result!.why);
  });

  it('shows a "never" item with conditions only on the walks where it can happen (issue 16 item 2)', () => {
    const definition = smallTree() as Mutable;
    // "Never call the number" only at the desk, and never where the matter is another's.
    definition.outcomes[0].never = [{ never: 'call-the-number', when: { where: ['desk'] }, unless: { whose: ['other'] } }, 'share-codes'];
    const conditional = prepareTree(definition as TreeDefinition);
    const never = (answers: Answers) => {
      const view = guideView(indexTree(conditional), walk(compileTree(conditional), answers).context, 'en').result!;
      return [view.never.map((n) => n.id), view.outcomes[0]!.never.map((n) => n.id)];
    };
    expect(never({ where: 'desk', signs: ['scam'] })).toEqual([['share-codes', 'call-the-number'], ['share-codes', 'call-the-number']]);
    expect(never({ where: 'library', signs: ['scam'] })).toEqual([['share-codes'], ['share-codes']]);
  });

  it('reads an outcome’s action line and customer text from the first variant whose condition holds (issue 16 item 4)', () => {
    const definition = smallTree() as Mutable;
    definition.outcomes[3].variants = [
      { id: 'library-codes', when: { where: ['library'], signs: ['codes'] } },
      { id: 'library', when: { where: ['library'] } },
    ];
    for (const locale of ['en', 'fi']) {
      definition.text[locale].outcomes.refer.variants = {
        'library-codes': { customer: `Library and codes (${locale})` },
        library: { action: `Refer at the library (${locale})`, customer: `At the library (${locale})` },
      };
    }
    const varied = prepareTree(definition as TreeDefinition);
    const read = (answers: Answers, locale = 'en') => {
      const { context } = walk(compileTree(varied), answers);
      return [guideView(indexTree(varied), context, locale).result!.outcomes.find((o) => o.id === 'refer')!.action, customerView(indexTree(varied), context, locale)!.texts.find((t) => t.outcomeId === 'refer')!.text];
    };
    expect(read({ where: 'desk', signs: ['none'], whose: 'other' })).toEqual(['Do refer (en)', 'What refer means for you (en)']);
    expect(read({ where: 'library', signs: ['none'], whose: 'other' })).toEqual(['Refer at the library (en)', 'At the library (en)']);
    // The first variant that holds gives what it has (the customer text); the outcome's own text the rest.
    expect(read({ where: 'library', signs: ['codes'], whose: 'other' }, 'fi')).toEqual(['Do refer (fi)', 'Library and codes (fi)']);
  });

  it('says why each course is recommended: the rule’s because phrase and the decisive answers, a `when` condition’s too', () => {
    const shown = view(walk(machine, { where: 'desk', signs: ['none'], whose: 'own' }));
    expect(shown.result!.outcomes.map((o) => [o.id, o.reasons])).toEqual([
      [
        'guide',
        [
          {
            because: 'it is your own service (en)',
            answers: [
              { questionId: 'where', title: 'Where? (en)', labels: 'Desk (en)', preset: false },
              { questionId: 'whose', title: 'Whose? (en)', labels: 'Own (en)', preset: false },
            ],
          },
        ],
      ],
    ]);
  });

  it('names the decisive answers alone for an addition without a rule id', () => {
    // The small tree's "other" adds "refer" as a bare id.
    const shown = view(walk(machine, { where: 'library', signs: ['none'], whose: 'other' }));
    expect(shown.result!.outcomes[0]!.reasons).toEqual([{ because: undefined, answers: [{ questionId: 'whose', title: 'Whose? (en)', labels: 'Other (en)', preset: false }] }]);
  });

  it('gives an empty recommendation when a walk adds no outcome', () => {
    expect(view(walk(machine, { where: 'library', signs: ['none'], whose: 'own' })).result!.outcomes).toEqual([]);
  });
});

describe('toggledOptions', () => {
  const signs = view(walk(machine, { where: 'desk' })).question!;

  it('clears the others when "none of these" is chosen, and "none" when another is', () => {
    expect([...toggledOptions(signs, new Set(['codes', 'scam', 'none']), 'none')]).toEqual(['none']);
    expect([...toggledOptions(signs, new Set(['codes', 'none']), 'codes')]).toEqual(['codes']);
    expect([...toggledOptions(signs, new Set(['codes', 'scam']), 'scam')].sort()).toEqual(['codes', 'scam']);
  });

  it('changes nothing when an option is unchecked', () => {
    expect([...toggledOptions(signs, new Set(['codes']), 'scam')]).toEqual(['codes']);
  });
});

describe('answerValue', () => {
  it('is one id for a single question and the list for a multi one', () => {
    expect(answerValue(view(start(machine)).question!, ['desk'])).toBe('desk');
    expect(answerValue(view(walk(machine, { where: 'desk' })).question!, ['codes'])).toEqual(['codes']);
  });
});

describe('answerLabels', () => {
  it('joins the chosen labels in the order given, and is empty for no answer', () => {
    expect(answerLabels(tree.text.fi!, 'signs', ['codes', 'scam'])).toBe('Codes (fi), Scam (fi)');
    expect(answerLabels(tree.text.en!, 'where', 'desk')).toBe('Desk (en)');
    expect(answerLabels(tree.text.en!, 'where', undefined)).toBe('');
  });
});

describe('what persist keeps', () => {
  it('keeps only the user’s own answers, and nothing when there are none', () => {
    expect(answersToKeep(walk(machine, { signs: ['codes'] }, { where: 'desk' }).context)).toEqual({ signs: ['codes'] });
    expect(answersToKeep(start(machine, { where: 'desk' }).context)).toBeUndefined();
  });

  it('reads back only answers that fit the tree', () => {
    expect(readKeptAnswers(index, { where: 'desk', signs: ['codes'] })).toEqual({ where: 'desk', signs: ['codes'] });
    for (const stored of [null, 'where=desk', [1], { where: 'kiosk' }, { nowhere: 'x' }, { signs: 'codes' }, { signs: ['none', 'codes'] }]) {
      expect(readKeptAnswers(index, stored), JSON.stringify(stored)).toBeUndefined();
    }
  });
});

describe('customerView', () => {
  it('gives the recommended courses’ customer texts, primary first, in the locale asked for', () => {
    const result = walk(machine, { where: 'desk', signs: ['codes', 'scam'] });
    expect(customerView(indexTree(tree), result.context, 'fi')).toEqual({
      locale: 'fi',
      texts: [
        { outcomeId: 'stop', text: 'What stop means for you (fi)' },
        { outcomeId: 'keep-codes', text: 'What keep-codes means for you (fi)' },
      ],
    });
  });

  it('reads as one text: a sentence an earlier course said is not said again, a course with nothing new is left out (issue 16 item 5)', () => {
    const shared = smallTree() as Mutable;
    const both = 'Many services also work by phone or on paper.';
    shared.text.en.outcomes.stop.customer = `This looks like a scam. ${both}`;
    shared.text.en.outcomes['keep-codes'].customer = `Your codes are yours alone! ${both} Type them yourself.`;
    const sharedTree = prepareTree(shared as TreeDefinition);
    const result = walk(compileTree(sharedTree), { where: 'desk', signs: ['codes', 'scam'] });
    expect(customerView(indexTree(sharedTree), result.context, 'en')!.texts).toEqual([
      { outcomeId: 'stop', text: `This looks like a scam. ${both}` },
      { outcomeId: 'keep-codes', text: 'Your codes are yours alone! Type them yourself.' },
    ]);
    shared.text.en.outcomes['keep-codes'].customer = both;
    const repeating = prepareTree(shared as TreeDefinition);
    expect(customerView(indexTree(repeating), walk(compileTree(repeating), { where: 'desk', signs: ['codes', 'scam'] }).context, 'en')!.texts.map((t) => t.outcomeId)).toEqual(['stop']);
  });

  it('is not offered for a tree without customer texts, or for a locale the tree lacks', () => {
    const plain = JSON.parse(JSON.stringify(tree)) as { text: Record<string, { outcomes: Record<string, { customer?: string }> }> };
    for (const text of Object.values(plain.text)) for (const outcome of Object.values(text.outcomes)) delete outcome.customer;
    const index = indexTree(plain as unknown as TreeDefinition);
    expect(hasCustomerTexts(index)).toBe(false);
    expect(customerView(index, walk(machine, { where: 'desk', signs: ['scam'] }).context, 'en')).toBeUndefined();
    expect(customerView(indexTree(tree), walk(machine, { where: 'desk', signs: ['scam'] }).context, 'sv')).toBeUndefined();
  });
});

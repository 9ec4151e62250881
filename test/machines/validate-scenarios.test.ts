/**
 * `validateScenarios(bank, tree)` against the small tree: a small valid bank validates clean, and
 * each mutation of it (one at a time) yields exactly the problems it should, each with the JSON
 * Pointer into the bank and the message the validator writes.
 */
import { describe, expect, it } from 'vitest';
import { validateScenarios } from '../../machines/index.js';
import type { DistractorText, ScenarioBank, ScenarioText } from '../../machines/index.js';
import { smallTree } from '../fixtures/trees/small-tree.js';

const tree = smallTree();

/**
 * A valid bank for the small tree: each `expected` is what the tree recommends for the answers
 * (keep-codes then guide at the desk; stop for a scam; log-out on a shared device).
 */
const validBank: ScenarioBank = {
  treeId: 'small',
  locales: ['en', 'fi'],
  scenarios: [
    {
      id: 'SC1',
      answers: { where: 'desk', signs: ['codes'], whose: 'own' },
      expected: ['keep-codes', 'guide'],
      quiz: {
        distractors: [
          { id: 'read-codes-aloud', principles: ['P11'] },
          { id: 'take-over', principles: ['P3'] },
          { id: 'send-to-bank', principles: ['P8'] },
        ],
        chooseTwo: ['keep-codes', 'guide'],
      },
    },
    {
      id: 'SC2',
      answers: { where: 'library', signs: ['scam'] },
      expected: ['stop'],
      quiz: {
        distractors: [
          { id: 'finish-payment', principles: ['P19'] },
          { id: 'note-codes', principles: ['P11'] },
          { id: 'log-in-for-them', principles: ['P3', 'P19'] },
        ],
      },
    },
    {
      id: 'SC3',
      answers: { where: 'desk', signs: ['none'], whose: 'device', device: 'shared' },
      expected: ['log-out'],
      quiz: {
        distractors: [
          { id: 'leave-logged-in', principles: ['P18'] },
          { id: 'save-password', principles: ['P18', 'P11'] },
          { id: 'refer-elsewhere', principles: ['P8'] },
        ],
      },
    },
  ],
  text: { en: scenarioText('en'), fi: scenarioText('fi') },
  competences: [
    {
      id: 'competence-service-situation',
      options: [
        { id: 'guide-not-do', correct: true, principles: ['P3'] },
        { id: 'log-out-after', correct: true, principles: ['P18'] },
        { id: 'ask-for-codes', correct: false, principles: ['P11'] },
        { id: 'continue-scam', correct: false, principles: ['P19'] },
        { id: 'handle-other-authority', correct: false, principles: ['P8'] },
      ],
    },
  ],
  competenceText: { en: { 'competence-service-situation': competenceText('en') }, fi: { 'competence-service-situation': competenceText('fi') } },
};

function scenarioText(locale: string): Record<string, ScenarioText> {
  const t = (s: string) => `${s} (${locale})`;
  const wrong = (text: string, why: string) => ({ text: t(text), why: t(why) });
  return {
    SC1: {
      title: t('Codes on the customer’s own phone'),
      situation: t('At the desk, a customer asks for help logging in on their own phone. A code arrives by text message.'),
      distractors: {
        'read-codes-aloud': wrong('Read the code aloud and type it in yourself.', 'The codes are the customer’s own to keep.'),
        'take-over': wrong('Take the phone and log in for them.', 'You guide; the customer does it.'),
        'send-to-bank': wrong('Send them to their bank.', 'This is a service the desk can guide.'),
      },
    },
    SC2: {
      title: t('A payment that looks like a scam'),
      situation: t('In the library, a customer is paying a "customs fee" from a text message link.'),
      distractors: {
        'finish-payment': wrong('Help them finish the payment.', 'The signs point to a scam; stop first.'),
        'note-codes': wrong('Write the codes down for later.', 'Codes are never written down for others.'),
        'log-in-for-them': wrong('Log in to their bank for them.', 'Never log in on a customer’s behalf.'),
      },
    },
    SC3: {
      title: t('A shared computer'),
      situation: t('At the desk, a customer has used the shared computer for an e-service.'),
      distractors: {
        'leave-logged-in': wrong('Leave the session for the next customer.', 'The next user would see their data.'),
        'save-password': wrong('Let the browser save the password.', 'A shared device keeps no passwords.'),
        'refer-elsewhere': wrong('Refer them to another office.', 'Logging out is all it takes.'),
      },
    },
  };
}

function competenceText(locale: string) {
  const t = (s: string) => `${s} (${locale})`;
  const statement = (text: string, why: string) => ({ text: t(text), why: t(why) });
  return {
    question: t('Which two belong to digital support in a service situation?'),
    options: {
      'guide-not-do': statement('Guide the customer to do it themselves.', 'The customer stays in charge.'),
      'log-out-after': statement('Log out of a shared device afterwards.', 'The next user must not get in.'),
      'ask-for-codes': statement('Ask for the customer’s codes.', 'Codes are personal.'),
      'continue-scam': statement('Finish a payment that looks like a scam.', 'Stop at the signs of a scam.'),
      'handle-other-authority': statement('Handle another authority’s matter.', 'Refer it instead.'),
    },
  };
}

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
type MutableBank = Mutable<ScenarioBank>;

/** A fresh copy of the valid bank, changed by `change`. */
function bankWith(change: (bank: MutableBank) => void): ScenarioBank {
  const bank = structuredClone(validBank) as MutableBank;
  change(bank);
  return bank;
}

/** Adds a wrong course of action with its text in every locale given. */
function addDistractor(bank: MutableBank, scenario: number, id: string, locales: readonly string[] = bank.locales) {
  const definition = bank.scenarios[scenario]!;
  definition.quiz.distractors.push({ id, principles: ['P3'] });
  for (const locale of locales) bank.text[locale]![definition.id]!.distractors[id] = { text: `Do ${id}`, why: `Why not ${id}` };
}

interface Case {
  readonly name: string;
  readonly change: (bank: MutableBank) => void;
  readonly problems: readonly { readonly path: string; readonly message: string }[];
}

const COMPETENCE = 'competence-service-situation';

describe('validateScenarios', () => {
  it('finds nothing wrong with the valid bank, also after a JSON round trip', () => {
    expect(validateScenarios(validBank, tree)).toEqual([]);
    expect(validateScenarios(JSON.parse(JSON.stringify(validBank)) as ScenarioBank, tree)).toEqual([]);
  });

  it('accepts a bank without competence items', () => {
    const bank = bankWith((b) => {
      delete b.competences;
      delete b.competenceText;
    });
    expect(validateScenarios(bank, tree)).toEqual([]);
  });

  it('accepts four wrong courses of action, the most it allows', () => {
    expect(validateScenarios(bankWith((b) => addDistractor(b, 1, 'wait-and-see')), tree)).toEqual([]);
  });

  describe('the bank as a whole', () => {
    it.each<Case>([
      {
        name: 'a bank for another tree',
        change: (b) => (b.treeId = 'large'),
        problems: [{ path: '/treeId', message: 'The bank is for tree "large", not "small".' }],
      },
      {
        name: 'a locale the tree lacks (with text for it)',
        change: (b) => {
          b.locales.push('sv');
          b.text.sv = structuredClone(b.text.en!);
          b.competenceText!.sv = structuredClone(b.competenceText!.en!);
        },
        problems: [{ path: '/locales', message: 'Locale "sv" is not one of the tree\'s locales (en, fi).' }],
      },
      {
        name: 'two scenarios with one id',
        change: (b) => b.scenarios.push(structuredClone(b.scenarios[0]!)),
        problems: [{ path: '/scenarios/3/id', message: 'Two scenarios have the id "SC1".' }],
      },
    ])('reports $name', ({ change, problems }) => {
      expect(validateScenarios(bankWith(change), tree)).toEqual(problems);
    });
  });

  describe('answers and expected outcomes', () => {
    it.each<Case>([
      {
        name: 'an unknown question id',
        change: (b) => (b.scenarios[0]!.answers.wher = 'desk'),
        problems: [{ path: '/scenarios/0/answers', message: 'SC1: "wher" is not a question of tree "small" (its questions: where, signs, whose, device).' }],
      },
      {
        name: 'an unknown option id of a single question',
        change: (b) => (b.scenarios[0]!.answers.whose = 'mine'),
        problems: [{ path: '/scenarios/0/answers', message: 'SC1: "mine" is not an option of "whose" (its options: own, other, device).' }],
      },
      {
        name: 'an unknown option id of a multi question',
        change: (b) => (b.scenarios[0]!.answers.signs = ['codes', 'tricks']),
        problems: [{ path: '/scenarios/0/answers', message: 'SC1: "tricks" is not an option of "signs" (its options: codes, scam, none).' }],
      },
      {
        name: 'answers that stop short of a recommendation',
        change: (b) => delete b.scenarios[2]!.answers.device,
        problems: [{ path: '/scenarios/2/answers', message: 'SC3: the answers stop short of a recommendation; "device" has no answer.' }],
      },
      {
        name: 'an answered question the walk does not reach',
        change: (b) => (b.scenarios[1]!.answers.whose = 'other'),
        problems: [{ path: '/scenarios/1/answers/whose', message: 'SC2: "whose" is answered but the walk does not reach it.' }],
      },
      {
        name: 'an expected outcome other than the recommended one',
        change: (b) => (b.scenarios[2]!.expected = ['refer']),
        problems: [{ path: '/scenarios/2/expected', message: 'SC3: expects refer but the tree recommends log-out.' }],
      },
      {
        name: 'an expected outcome more than the tree recommends',
        change: (b) => (b.scenarios[1]!.expected = ['stop', 'keep-codes']),
        problems: [{ path: '/scenarios/1/expected', message: 'SC2: expects stop, keep-codes but the tree recommends stop.' }],
      },
      {
        name: 'the recommended outcomes in swapped order',
        change: (b) => (b.scenarios[0]!.expected = ['guide', 'keep-codes']),
        problems: [{ path: '/scenarios/0/expected', message: 'SC1: expects guide, keep-codes but the tree recommends keep-codes, guide.' }],
      },
      {
        // An id the tree does not have can never be what it recommends: two problems.
        name: 'an expected id that is not an outcome',
        change: (b) => (b.scenarios[1]!.expected = ['halt']),
        problems: [
          { path: '/scenarios/1/expected', message: 'SC2: expects halt but the tree recommends stop.' },
          { path: '/scenarios/1/expected/0', message: 'SC2: "halt" is not an outcome of the tree.' },
        ],
      },
      {
        // Empty where the tree recommends something: also a mismatch (the validator's wording).
        name: 'no expected outcome where the tree recommends one',
        change: (b) => (b.scenarios[1]!.expected = []),
        problems: [
          { path: '/scenarios/1/expected', message: 'SC2: expects  but the tree recommends stop.' },
          { path: '/scenarios/1/expected', message: 'SC2: expects no outcome.' },
        ],
      },
      {
        name: 'no expected outcome, even where the tree recommends none',
        change: (b) => {
          b.scenarios[1]!.answers = { where: 'library', signs: ['none'], whose: 'own' };
          b.scenarios[1]!.expected = [];
        },
        problems: [{ path: '/scenarios/1/expected', message: 'SC2: expects no outcome.' }],
      },
    ])('reports $name', ({ change, problems }) => {
      expect(validateScenarios(bankWith(change), tree)).toEqual(problems);
    });
  });

  describe('quiz items of scenarios', () => {
    it.each<Case>([
      {
        name: 'too few wrong courses of action',
        change: (b) => {
          b.scenarios[1]!.quiz.distractors.pop();
          for (const locale of b.locales) delete b.text[locale]!.SC2!.distractors['log-in-for-them'];
        },
        problems: [{ path: '/scenarios/1/quiz/distractors', message: 'SC2: has 2 wrong courses of action; give 3 to 4.' }],
      },
      {
        name: 'too many wrong courses of action',
        change: (b) => {
          addDistractor(b, 1, 'wait-and-see');
          addDistractor(b, 1, 'call-the-police');
        },
        problems: [{ path: '/scenarios/1/quiz/distractors', message: 'SC2: has 5 wrong courses of action; give 3 to 4.' }],
      },
      {
        name: 'two wrong courses of action with one id',
        change: (b) => b.scenarios[0]!.quiz.distractors.push(structuredClone(b.scenarios[0]!.quiz.distractors[0]!)),
        problems: [{ path: '/scenarios/0/quiz/distractors/3/id', message: 'SC1: two wrong courses of action have the id "read-codes-aloud".' }],
      },
      {
        name: 'a principle of a wrong course of action not in the catalogue',
        change: (b) => b.scenarios[2]!.quiz.distractors[1]!.principles.push('P404'),
        problems: [{ path: '/scenarios/2/quiz/distractors/1/principles/2', message: 'SC3: principle "P404" is not in the tree\'s catalogue.' }],
      },
      {
        name: 'a "Choose 2" item with one outcome twice',
        change: (b) => (b.scenarios[0]!.quiz.chooseTwo = ['guide', 'guide']),
        problems: [{ path: '/scenarios/0/quiz/chooseTwo', message: 'SC1: the two right answers of a "Choose 2" item must differ.' }],
      },
      {
        name: 'a "Choose 2" right answer that is not an expected outcome',
        change: (b) => (b.scenarios[0]!.quiz.chooseTwo = ['keep-codes', 'stop']),
        problems: [{ path: '/scenarios/0/quiz/chooseTwo/1', message: 'SC1: "stop" is a right answer of its "Choose 2" item but not an expected outcome.' }],
      },
    ])('reports $name', ({ change, problems }) => {
      expect(validateScenarios(bankWith(change), tree)).toEqual(problems);
    });
  });

  describe('scenario text', () => {
    it.each<Case>([
      {
        name: 'no text for a scenario in one locale',
        change: (b) => delete b.text.fi!.SC2,
        problems: [{ path: '/text/fi/SC2', message: 'SC2: no text in locale "fi".' }],
      },
      {
        name: 'an empty title',
        change: (b) => (b.text.en!.SC1!.title = ''),
        problems: [{ path: '/text/en/SC1/title', message: 'SC1: the title is missing or empty in locale "en".' }],
      },
      {
        name: 'a blank situation',
        change: (b) => (b.text.fi!.SC3!.situation = '   '),
        problems: [{ path: '/text/fi/SC3/situation', message: 'SC3: the situation is missing or empty in locale "fi".' }],
      },
      {
        name: 'a missing text of a wrong course of action',
        change: (b) => {
          const entry: Partial<Mutable<DistractorText>> = b.text.fi!.SC1!.distractors['take-over']!;
          delete entry.text;
        },
        problems: [{ path: '/text/fi/SC1/distractors/take-over/text', message: 'SC1: the text of wrong action "take-over" is missing or empty in locale "fi".' }],
      },
      {
        name: 'an empty why of a wrong course of action',
        change: (b) => (b.text.en!.SC2!.distractors['note-codes']!.why = ''),
        problems: [{ path: '/text/en/SC2/distractors/note-codes/why', message: 'SC2: the why of wrong action "note-codes" is missing or empty in locale "en".' }],
      },
      {
        name: 'no text at all for a wrong course of action',
        change: (b) => delete b.text.en!.SC3!.distractors['save-password'],
        problems: [
          { path: '/text/en/SC3/distractors/save-password/text', message: 'SC3: the text of wrong action "save-password" is missing or empty in locale "en".' },
          { path: '/text/en/SC3/distractors/save-password/why', message: 'SC3: the why of wrong action "save-password" is missing or empty in locale "en".' },
        ],
      },
      {
        name: 'text for a wrong course of action the scenario does not have',
        change: (b) => (b.text.en!.SC2!.distractors['shout'] = { text: 'Shout.', why: 'It does not help.' }),
        problems: [{ path: '/text/en/SC2/distractors/shout', message: 'SC2: text for a wrong action "shout" the scenario does not have.' }],
      },
      {
        // JSON Pointer (RFC 6901): "~" is written "~0" and "/" is written "~1".
        name: 'a missing text, with "/" and "~" in the id escaped in the path',
        change: (b) => addDistractor(b, 0, 'codes/by~phone', ['en']),
        problems: [
          { path: '/text/fi/SC1/distractors/codes~1by~0phone/text', message: 'SC1: the text of wrong action "codes/by~phone" is missing or empty in locale "fi".' },
          { path: '/text/fi/SC1/distractors/codes~1by~0phone/why', message: 'SC1: the why of wrong action "codes/by~phone" is missing or empty in locale "fi".' },
        ],
      },
      {
        name: 'text in a locale the bank does not declare',
        change: (b) => (b.text.sv = structuredClone(b.text.en!)),
        problems: [{ path: '/text/sv', message: 'Text for locale "sv", which the bank does not declare.' }],
      },
      {
        name: 'text for a scenario the bank does not have',
        change: (b) => (b.text.en!.SC9 = structuredClone(b.text.en!.SC1!)),
        problems: [{ path: '/text/en/SC9', message: 'Text for scenario "SC9", which the bank does not have.' }],
      },
    ])('reports $name', ({ change, problems }) => {
      expect(validateScenarios(bankWith(change), tree)).toEqual(problems);
    });
  });

  describe('competence items', () => {
    const optionsProblem = (count: number, right: number) => [
      { path: '/competences/0/options', message: `${COMPETENCE}: a "Choose 2" item has five statements, two of them right (has ${count}, ${right} right).` },
    ];

    it.each<Case>([
      {
        name: 'four statements',
        change: (b) => b.competences![0]!.options.pop(),
        problems: optionsProblem(4, 2),
      },
      {
        name: 'six statements',
        change: (b) => {
          b.competences![0]!.options.push({ id: 'wait', correct: false, principles: ['P3'] });
          for (const locale of b.locales) b.competenceText![locale]![COMPETENCE]!.options.wait = { text: 'Wait.', why: 'It does not help.' };
        },
        problems: optionsProblem(6, 2),
      },
      {
        name: 'one right statement',
        change: (b) => (b.competences![0]!.options[1]!.correct = false),
        problems: optionsProblem(5, 1),
      },
      {
        name: 'three right statements',
        change: (b) => (b.competences![0]!.options[2]!.correct = true),
        problems: optionsProblem(5, 3),
      },
      {
        name: 'two statements with one id',
        change: (b) => (b.competences![0]!.options[4]!.id = 'continue-scam'),
        problems: [{ path: '/competences/0/options', message: `${COMPETENCE}: two statements have one id.` }],
      },
      {
        name: 'two competence items with one id',
        change: (b) => b.competences!.push(structuredClone(b.competences![0]!)),
        problems: [{ path: '/competences/1/id', message: `The id "${COMPETENCE}" is used twice.` }],
      },
      {
        name: 'a competence item with the id of a scenario (its text keyed by that id)',
        change: (b) => {
          b.competences![0]!.id = 'SC1';
          for (const locale of b.locales) {
            const text = b.competenceText![locale]!;
            text.SC1 = text[COMPETENCE]!;
            delete text['competence-service-situation'];
          }
        },
        problems: [{ path: '/competences/0/id', message: 'The id "SC1" is used twice.' }],
      },
      {
        name: 'a principle of a statement not in the catalogue',
        change: (b) => (b.competences![0]!.options[3]!.principles = ['P99']),
        problems: [{ path: '/competences/0/options/3/principles/0', message: `${COMPETENCE}: principle "P99" is not in the tree's catalogue.` }],
      },
      {
        name: 'an empty question in one locale',
        change: (b) => (b.competenceText!.fi![COMPETENCE]!.question = ''),
        problems: [{ path: `/competenceText/fi/${COMPETENCE}`, message: `${COMPETENCE}: no question text in locale "fi".` }],
      },
      {
        name: 'no text at all for an item in one locale',
        change: (b) => delete b.competenceText!.en!['competence-service-situation'],
        problems: [{ path: `/competenceText/en/${COMPETENCE}`, message: `${COMPETENCE}: no question text in locale "en".` }],
      },
      {
        name: 'no competence text at all',
        change: (b) => delete b.competenceText,
        problems: [
          { path: `/competenceText/en/${COMPETENCE}`, message: `${COMPETENCE}: no question text in locale "en".` },
          { path: `/competenceText/fi/${COMPETENCE}`, message: `${COMPETENCE}: no question text in locale "fi".` },
        ],
      },
      {
        name: 'a missing why of a statement',
        change: (b) => (b.competenceText!.en![COMPETENCE]!.options['ask-for-codes']!.why = ' '),
        problems: [{ path: `/competenceText/en/${COMPETENCE}/options/ask-for-codes/why`, message: `${COMPETENCE}: the why of "ask-for-codes" is missing or empty in locale "en".` }],
      },
      {
        name: 'no text at all for a statement',
        change: (b) => delete b.competenceText!.fi![COMPETENCE]!.options['guide-not-do'],
        problems: [
          { path: `/competenceText/fi/${COMPETENCE}/options/guide-not-do/text`, message: `${COMPETENCE}: the text of "guide-not-do" is missing or empty in locale "fi".` },
          { path: `/competenceText/fi/${COMPETENCE}/options/guide-not-do/why`, message: `${COMPETENCE}: the why of "guide-not-do" is missing or empty in locale "fi".` },
        ],
      },
    ])('reports $name', ({ change, problems }) => {
      expect(validateScenarios(bankWith(change), tree)).toEqual(problems);
    });
  });

  it('reports every problem of a bank with several, scenario by scenario', () => {
    const bank = bankWith((b) => {
      b.treeId = 'large';
      b.scenarios[2]!.expected = ['refer'];
      b.text.en!.SC1!.title = '';
    });
    expect(validateScenarios(bank, tree)).toEqual([
      { path: '/treeId', message: 'The bank is for tree "large", not "small".' },
      { path: '/text/en/SC1/title', message: 'SC1: the title is missing or empty in locale "en".' },
      { path: '/scenarios/2/expected', message: 'SC3: expects refer but the tree recommends log-out.' },
    ]);
  });

  describe('known gaps (these tests describe the right behaviour and fail today)', () => {
    // `tree.principles[id] === undefined` looks the id up through the prototype chain, so ids such
    // as "constructor" or "toString" pass as principles of the catalogue.
    it.fails.each<Case>([
      {
        name: 'a wrong course of action resting on "constructor"',
        change: (b) => (b.scenarios[0]!.quiz.distractors[0]!.principles = ['constructor']),
        problems: [{ path: '/scenarios/0/quiz/distractors/0/principles/0', message: 'SC1: principle "constructor" is not in the tree\'s catalogue.' }],
      },
      {
        name: 'a statement resting on "toString"',
        change: (b) => (b.competences![0]!.options[0]!.principles = ['toString']),
        problems: [{ path: '/competences/0/options/0/principles/0', message: `${COMPETENCE}: principle "toString" is not in the tree's catalogue.` }],
      },
      {
        // `expected.join()` equals `outcomes.join()` for ["keep-codes,guide"] and ["keep-codes", "guide"],
        // so the mismatch goes unreported (the other three problems are reported).
        name: 'one expected id that joins like the two recommended ones',
        change: (b) => (b.scenarios[0]!.expected = ['keep-codes,guide']),
        problems: [
          { path: '/scenarios/0/expected', message: 'SC1: expects keep-codes,guide but the tree recommends keep-codes, guide.' },
          { path: '/scenarios/0/expected/0', message: 'SC1: "keep-codes,guide" is not an outcome of the tree.' },
          { path: '/scenarios/0/quiz/chooseTwo/0', message: 'SC1: "keep-codes" is a right answer of its "Choose 2" item but not an expected outcome.' },
          { path: '/scenarios/0/quiz/chooseTwo/1', message: 'SC1: "guide" is a right answer of its "Choose 2" item but not an expected outcome.' },
        ],
      },
    ])('reports $name', ({ change, problems }) => {
      expect(validateScenarios(bankWith(change), tree)).toEqual(problems);
    });

    // Stray scenario text is reported (unknown locale, unknown scenario, unknown wrong action), but
    // stray competence text is not. No message exists for these yet, so only the paths are checked.
    it.fails.each([
      {
        name: 'competence text in a locale the bank does not declare',
        change: (b: MutableBank) => (b.competenceText!.sv = structuredClone(b.competenceText!.en!)),
        paths: ['/competenceText/sv'],
      },
      {
        name: 'competence text for an item the bank does not have',
        change: (b: MutableBank) => (b.competenceText!.en!['competence-unknown'] = structuredClone(b.competenceText!.en![COMPETENCE]!)),
        paths: ['/competenceText/en/competence-unknown'],
      },
      {
        name: 'text for a statement the item does not have',
        change: (b: MutableBank) => (b.competenceText!.fi![COMPETENCE]!.options.shout = { text: 'Shout.', why: 'It does not help.' }),
        paths: [`/competenceText/fi/${COMPETENCE}/options/shout`],
      },
    ])('reports $name', ({ change, paths }) => {
      expect(validateScenarios(bankWith(change), tree).map((p) => p.path)).toEqual(paths);
    });
  });
});

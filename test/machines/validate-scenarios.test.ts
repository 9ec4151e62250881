/**
 * `validateScenarios(bank, tree)` against the small tree: a small valid bank validates clean, and
 * each mutation of it (one at a time) yields exactly the problems it should, each with the JSON
 * Pointer into the bank and the message the validator writes.
 */
import { describe, expect, it } from 'vitest';
import { loadTree, validateScenarios } from '../../machines/index.js';
import type { DistractorText, ScenarioBank, ScenarioText } from '../../machines/index.js';
import { smallTree } from '../fixtures/trees/small-tree.js';

const tree = smallTree();

/**
 * A valid bank for the small tree: each `expected` is what the tree recommends for the answers
 * (keep-codes then guide at the desk; stop for a scam; log-out on a shared device).
 */
const validBank: ScenarioBank = {
  treeId: 'small',
  version: '1',
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
  promptText: { en: { single: 'Choose one.', 'choose-2': 'Choose 2.' }, fi: { single: 'Valitse yksi.', 'choose-2': 'Valitse 2.' } },
};

function scenarioText(locale: string): Record<string, ScenarioText> {
  const t = (s: string) => `${s} (${locale})`;
  const wrong = (text: string, why: string) => ({ text: t(text), why: t(why) });
  const right = wrong;
  return {
    SC1: {
      title: t('Codes on the customer’s own phone'),
      situation: t('At the desk, a customer asks for help logging in on their own phone. A code arrives by text message.'),
      distractors: {
        'read-codes-aloud': wrong('Read the code aloud and type it in yourself.', 'The codes are the customer’s own to keep.'),
        'take-over': wrong('Take the phone and log in for them.', 'You guide; the customer does it.'),
        'send-to-bank': wrong('Send them to their bank.', 'This is a service the desk can guide.'),
      },
      right: {
        'keep-codes': right('Let them type the code from the message themselves.', 'The code is theirs alone.'),
        guide: right('Show them where to tap while they log in.', 'The desk guides its own service.'),
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
      right: { stop: right('Stop the payment and look at the message together.', 'The signs point to a scam.') },
    },
    SC3: {
      title: t('A shared computer'),
      situation: t('At the desk, a customer has used the shared computer for an e-service.'),
      distractors: {
        'leave-logged-in': wrong('Leave the session for the next customer.', 'The next user would see their data.'),
        'save-password': wrong('Let the browser save the password.', 'A shared device keeps no passwords.'),
        'refer-elsewhere': wrong('Refer them to another office.', 'Logging out is all it takes.'),
      },
      right: { 'log-out': right('Have them log out and clear the browser.', 'The next user must not get in.') },
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
          b.promptText.sv = structuredClone(b.promptText.en!);
        },
        problems: [{ path: '/locales', message: 'Locale "sv" is not one of the tree\'s locales (en, fi).' }],
      },
      {
        name: 'no instructions for the kinds of item',
        change: (b) => delete (b as { promptText?: unknown }).promptText,
        problems: [{ path: '/promptText', message: 'promptText is missing: it must be an object.' }],
      },
      {
        name: 'an empty instruction, and one missing',
        change: (b) => {
          b.promptText.fi!.single = ' ';
          delete (b.promptText.en as { 'choose-2'?: string })['choose-2'];
        },
        problems: [
          { path: '/promptText/en/choose-2', message: 'The instruction of a "choose-2" item is missing or empty in locale "en".' },
          { path: '/promptText/fi/single', message: 'The instruction of a "single" item is missing or empty in locale "fi".' },
        ],
      },
      {
        name: 'instructions for a locale the bank lacks, and for a kind of item there is not',
        change: (b) => {
          b.promptText.sv = structuredClone(b.promptText.en!);
          (b.promptText.en as Record<string, string>)['choose-3'] = 'Choose 3.';
        },
        problems: [
          { path: '/promptText/en/choose-3', message: 'Text for item kind "choose-3", which the bank does not have.' },
          { path: '/promptText/sv', message: 'Instructions for locale "sv", which the bank does not declare.' },
        ],
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
      {
        name: 'a single-choice key that is not an expected outcome',
        // The key is in doubt: the right text it would need is not a second problem.
        change: (b) => (b.scenarios[1]!.quiz.single = 'guide'),
        problems: [{ path: '/scenarios/1/quiz/single', message: 'SC2: "guide" is the right answer of its single-choice item but not an expected outcome.' }],
      },
      {
        name: 'a single-choice key that is not a string',
        change: (b) => ((b.scenarios[1]!.quiz as Record<string, unknown>).single = ['stop']),
        problems: [{ path: '/scenarios/1/quiz/single', message: 'SC2: single must be a string, not a list.' }],
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
        // JSON Pointer (RFC 6901): "~" is written "~0" and "/" is written "~1". Such an id is not
        // kebab-case, which is reported too; its text is still checked under that id.
        name: 'a missing text, with "/" and "~" in the id escaped in the path',
        change: (b) => addDistractor(b, 0, 'codes/by~phone', ['en']),
        problems: [
          {
            path: '/scenarios/0/quiz/distractors/3/id',
            message: 'The wrong action id "codes/by~phone" must be kebab-case: a-z and 0-9 in words joined by "-", starting with a letter.',
          },
          { path: '/text/fi/SC1/distractors/codes~1by~0phone/text', message: 'SC1: the text of wrong action "codes/by~phone" is missing or empty in locale "fi".' },
          { path: '/text/fi/SC1/distractors/codes~1by~0phone/why', message: 'SC1: the why of wrong action "codes/by~phone" is missing or empty in locale "fi".' },
        ],
      },
      {
        name: 'no text for a right course of action in one locale',
        change: (b) => delete b.text.fi!.SC2!.right.stop,
        problems: [
          { path: '/text/fi/SC2/right/stop/text', message: 'SC2: the text of right action "stop" is missing or empty in locale "fi".' },
          { path: '/text/fi/SC2/right/stop/why', message: 'SC2: the why of right action "stop" is missing or empty in locale "fi".' },
        ],
      },
      {
        name: 'an empty why of a right course of action',
        change: (b) => (b.text.en!.SC1!.right['guide']!.why = ' '),
        problems: [{ path: '/text/en/SC1/right/guide/why', message: 'SC1: the why of right action "guide" is missing or empty in locale "en".' }],
      },
      {
        name: 'no right texts at all in one locale',
        change: (b) => delete (b.text.en!.SC3! as Partial<Mutable<ScenarioText>>).right,
        problems: [
          { path: '/text/en/SC3/right/log-out/text', message: 'SC3: the text of right action "log-out" is missing or empty in locale "en".' },
          { path: '/text/en/SC3/right/log-out/why', message: 'SC3: the why of right action "log-out" is missing or empty in locale "en".' },
        ],
      },
      {
        name: 'right texts that are not an object',
        change: (b) => ((b.text.fi!.SC3! as Record<string, unknown>).right = 'Log out.'),
        problems: [{ path: '/text/fi/SC3/right', message: 'SC3: the text of the right actions in locale "fi" must be an object, not a string.' }],
      },
      {
        name: 'a right text that is not an object',
        change: (b) => ((b.text.en!.SC2!.right as Record<string, unknown>).stop = 'Stop.'),
        problems: [{ path: '/text/en/SC2/right/stop', message: 'SC2: the text of right action "stop" in locale "en" must be an object, not a string.' }],
      },
      {
        name: 'text for a right course of action that no quiz item of the scenario has as right',
        change: (b) => (b.text.en!.SC3!.right['refer'] = { text: 'Refer them.', why: 'Why.' }),
        problems: [{ path: '/text/en/SC3/right/refer', message: 'SC3: text in locale "en" for a right action "refer", which is not a right answer of the scenario\'s quiz items.' }],
      },
      {
        name: 'the right text of the primary outcome left over when `quiz.single` names another key',
        change: (b) => {
          b.scenarios[0]!.quiz.single = 'guide';
          delete b.scenarios[0]!.quiz.chooseTwo;
        },
        problems: [
          { path: '/text/en/SC1/right/keep-codes', message: 'SC1: text in locale "en" for a right action "keep-codes", which is not a right answer of the scenario\'s quiz items.' },
          { path: '/text/fi/SC1/right/keep-codes', message: 'SC1: text in locale "fi" for a right action "keep-codes", which is not a right answer of the scenario\'s quiz items.' },
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
        change: (b) => {
          b.competences![0]!.options.pop();
          for (const locale of b.locales) delete b.competenceText![locale]![COMPETENCE]!.options['handle-other-authority'];
        },
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
        change: (b) => {
          b.competences![0]!.options[4]!.id = 'continue-scam';
          for (const locale of b.locales) delete b.competenceText![locale]![COMPETENCE]!.options['handle-other-authority'];
        },
        problems: [{ path: '/competences/0/options', message: `${COMPETENCE}: two statements have one id.` }],
      },
      {
        name: 'two competence items with one id',
        change: (b) => b.competences!.push(structuredClone(b.competences![0]!)),
        problems: [{ path: '/competences/1/id', message: `The id "${COMPETENCE}" is used twice.` }],
      },
      {
        // "SC1" is not kebab-case either, which is reported first.
        name: 'a competence item with the id of a scenario (its text keyed by that id)',
        change: (b) => {
          b.competences![0]!.id = 'SC1';
          for (const locale of b.locales) {
            const text = b.competenceText![locale]!;
            text.SC1 = text[COMPETENCE]!;
            delete text['competence-service-situation'];
          }
        },
        problems: [
          {
            path: '/competences/0/id',
            message: 'The competence item id "SC1" must be kebab-case: a-z and 0-9 in words joined by "-", starting with a letter.',
          },
          { path: '/competences/0/id', message: 'The id "SC1" is used twice.' },
        ],
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

  describe('lookups by id and stray competence text (once known gaps)', () => {
    // Principles are looked up as own properties of the catalogue: "constructor" or "toString",
    // reached through the prototype chain, are not principles.
    it.each<Case>([
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
        // `expected` is compared with the recommendation id by id: ["keep-codes,guide"] is not
        // ["keep-codes", "guide"], though the two join alike.
        name: 'one expected id that joins like the two recommended ones',
        change: (b) => (b.scenarios[0]!.expected = ['keep-codes,guide']),
        problems: [
          { path: '/scenarios/0/expected', message: 'SC1: expects keep-codes,guide but the tree recommends keep-codes, guide.' },
          { path: '/scenarios/0/expected/0', message: 'SC1: "keep-codes,guide" is not an outcome of the tree.' },
          { path: '/scenarios/0/quiz/chooseTwo/0', message: 'SC1: "keep-codes" is a right answer of its "Choose 2" item but not an expected outcome.' },
          { path: '/scenarios/0/quiz/chooseTwo/1', message: 'SC1: "guide" is a right answer of its "Choose 2" item but not an expected outcome.' },
        ],
      },
      // Stray competence text is reported as stray scenario text is.
      {
        name: 'competence text in a locale the bank does not declare',
        change: (b) => (b.competenceText!.sv = structuredClone(b.competenceText!.en!)),
        problems: [{ path: '/competenceText/sv', message: 'Competence text for locale "sv", which the bank does not declare.' }],
      },
      {
        name: 'competence text for an item the bank does not have',
        change: (b) => (b.competenceText!.en!['competence-unknown'] = structuredClone(b.competenceText!.en![COMPETENCE]!)),
        problems: [{ path: '/competenceText/en/competence-unknown', message: 'Text for competence item "competence-unknown", which the bank does not have.' }],
      },
      {
        name: 'text for a statement the item does not have',
        change: (b) => (b.competenceText!.fi![COMPETENCE]!.options.shout = { text: 'Shout.', why: 'It does not help.' }),
        problems: [{ path: `/competenceText/fi/${COMPETENCE}/options/shout`, message: `${COMPETENCE}: text for a statement "shout" the item does not have.` }],
      },
    ])('reports $name', ({ change, problems }) => {
      expect(validateScenarios(bankWith(change), tree)).toEqual(problems);
    });
  });

  describe('ids', () => {
    it.each<Case>([
      {
        name: 'a scenario id not of the form SC01',
        change: (b) => {
          b.scenarios[1]!.id = 'sc-2';
          for (const locale of b.locales) {
            b.text[locale]!['sc-2'] = b.text[locale]!.SC2!;
            delete b.text[locale]!.SC2;
          }
        },
        problems: [{ path: '/scenarios/1/id', message: 'The scenario id "sc-2" must be SC and a number, such as SC01.' }],
      },
      {
        name: 'a wrong action id that is a name of Object.prototype',
        change: (b) => {
          b.scenarios[2]!.quiz.distractors[0]!.id = 'constructor';
          for (const locale of b.locales) {
            const text = b.text[locale]!.SC3!.distractors;
            Object.defineProperty(text, 'constructor', { value: text['leave-logged-in'], enumerable: true, writable: true, configurable: true });
            delete text['leave-logged-in'];
          }
        },
        problems: [{ path: '/scenarios/2/quiz/distractors/0/id', message: '"constructor" is a name JavaScript objects already use; choose another wrong action id.' }],
      },
      {
        name: 'a statement id that is not kebab-case',
        change: (b) => {
          b.competences![0]!.options[0]!.id = 'Guide_not_do';
          for (const locale of b.locales) {
            const text = b.competenceText![locale]![COMPETENCE]!.options;
            text.Guide_not_do = text['guide-not-do']!;
            delete text['guide-not-do'];
          }
        },
        problems: [
          {
            path: '/competences/0/options/0/id',
            message: 'The statement id "Guide_not_do" must be kebab-case: a-z and 0-9 in words joined by "-", starting with a letter.',
          },
        ],
      },
    ])('reports $name', ({ change, problems }) => {
      expect(validateScenarios(bankWith(change), tree)).toEqual(problems);
    });
  });

  describe('malformed banks: reported, never thrown', () => {
    /** The six JSON types, one value of each. */
    const JSON_VALUES: readonly unknown[] = [null, 42, 'text', true, [], {}];
    type JsonType = 'string' | 'list' | 'object' | 'boolean';
    const typeOf = (value: unknown): string => (Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value);

    /**
     * Fields of the valid bank (JSON Pointers), each with the type it must have and, where one of
     * `JSON_VALUES` is fine there, that value.
     */
    const FIELDS: readonly { readonly path: string; readonly type: JsonType; readonly required?: true; readonly accepts?: unknown }[] = [
      { path: '/treeId', type: 'string', required: true },
      { path: '/version', type: 'string', required: true, accepts: 'text' },
      { path: '/locales', type: 'list', required: true },
      { path: '/locales/0', type: 'string' },
      { path: '/scenarios', type: 'list', required: true },
      { path: '/scenarios/0', type: 'object' },
      { path: '/scenarios/0/id', type: 'string', required: true },
      { path: '/scenarios/0/answers', type: 'object', required: true },
      { path: '/scenarios/0/expected', type: 'list', required: true },
      { path: '/scenarios/0/expected/0', type: 'string' },
      { path: '/scenarios/0/quiz', type: 'object', required: true },
      { path: '/scenarios/0/quiz/distractors', type: 'list', required: true },
      { path: '/scenarios/0/quiz/distractors/0', type: 'object' },
      { path: '/scenarios/0/quiz/distractors/0/id', type: 'string', required: true },
      { path: '/scenarios/0/quiz/distractors/0/principles', type: 'list', required: true, accepts: [] },
      { path: '/scenarios/0/quiz/distractors/0/principles/0', type: 'string' },
      { path: '/scenarios/0/quiz/chooseTwo', type: 'list' },
      { path: '/scenarios/0/quiz/chooseTwo/0', type: 'string' },
      { path: '/text', type: 'object', required: true },
      { path: '/text/en', type: 'object' },
      { path: '/text/en/SC1', type: 'object' },
      { path: '/text/en/SC1/title', type: 'string', accepts: 'text' },
      { path: '/text/en/SC1/distractors', type: 'object' },
      { path: '/text/en/SC1/distractors/take-over', type: 'object' },
      { path: '/competences', type: 'list' },
      { path: '/competences/0', type: 'object' },
      { path: '/competences/0/id', type: 'string', required: true },
      { path: '/competences/0/options', type: 'list', required: true },
      { path: '/competences/0/options/2', type: 'object' },
      { path: '/competences/0/options/2/id', type: 'string', required: true },
      { path: '/competences/0/options/2/correct', type: 'boolean', required: true },
      { path: '/competences/0/options/2/principles', type: 'list', required: true, accepts: [] },
      { path: '/competences/0/options/2/principles/0', type: 'string' },
      { path: '/competenceText', type: 'object' },
      { path: '/competenceText/en', type: 'object' },
      { path: `/competenceText/en/${COMPETENCE}`, type: 'object' },
    ];

    /** Sets (or, with `undefined`, deletes) the value at `path` (no "~" or "/" in its keys). */
    const setAt = (bank: MutableBank, path: string, value: unknown) => {
      const keys = path.split('/').slice(1);
      let parent = bank as unknown as Record<string, unknown>;
      for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
      if (value === undefined) Reflect.deleteProperty(parent, keys.at(-1)!);
      else parent[keys.at(-1)!] = value;
    };

    const cases = FIELDS.flatMap((field) => JSON_VALUES.map((value) => ({ ...field, value, label: `${field.path} = ${JSON.stringify(value)}` })));

    it.each(cases)('reports $label', ({ path, type, accepts, value }) => {
      const bank = bankWith((b) => setAt(b, path, value));
      let problems: ReturnType<typeof validateScenarios> = [];
      expect(() => (problems = validateScenarios(bank, tree))).not.toThrow();
      if (typeOf(value) !== type) expect(problems.map((p) => p.path)).toContain(path);
      else if (JSON.stringify(value) !== JSON.stringify(accepts)) expect(problems.length).toBeGreaterThan(0);
    });

    it.each(FIELDS.filter((field) => field.required))('reports $path missing', ({ path }) => {
      const problems = validateScenarios(bankWith((b) => setAt(b, path, undefined)), tree);
      expect(problems.filter((p) => p.path === path && / is missing: it must be /.test(p.message))).toHaveLength(1);
    });

    it.each<Case>([
      {
        name: 'scenarios that is not a list (the text is then not checked against scenario ids)',
        change: (b) => ((b as { scenarios: unknown }).scenarios = 'SC1, SC2, SC3'),
        problems: [{ path: '/scenarios', message: 'scenarios must be a list, not a string.' }],
      },
      {
        name: 'a scenario that is null (the rest are still checked)',
        change: (b) => {
          (b.scenarios as unknown[])[1] = null;
          b.text.en!.SC3!.title = '';
        },
        problems: [
          { path: '/scenarios/1', message: 'Scenario 1 must be an object, not null.' },
          { path: '/text/en/SC3/title', message: 'SC3: the title is missing or empty in locale "en".' },
        ],
      },
      {
        name: 'a scenario without answers',
        change: (b) => delete (b.scenarios[2] as { answers?: unknown }).answers,
        problems: [{ path: '/scenarios/2/answers', message: 'SC3: answers is missing: it must be an object.' }],
      },
      {
        name: 'a scenario without quiz (its text for wrong actions is then not checked)',
        change: (b) => delete (b.scenarios[1] as { quiz?: unknown }).quiz,
        problems: [{ path: '/scenarios/1/quiz', message: 'SC2: quiz is missing: it must be an object.' }],
      },
      {
        name: 'distractors that are not a list',
        change: (b) => ((b.scenarios[0]!.quiz as { distractors: unknown }).distractors = { 'take-over': ['P3'] }),
        problems: [{ path: '/scenarios/0/quiz/distractors', message: 'SC1: distractors must be a list, not an object.' }],
      },
      {
        name: 'a wrong course of action without principles',
        change: (b) => delete (b.scenarios[0]!.quiz.distractors[1] as { principles?: unknown }).principles,
        problems: [{ path: '/scenarios/0/quiz/distractors/1/principles', message: 'SC1: principles of wrong action 1 is missing: it must be a list.' }],
      },
      {
        name: 'a "Choose 2" item naming three right answers',
        change: (b) => ((b.scenarios[0]!.quiz as { chooseTwo: unknown }).chooseTwo = ['keep-codes', 'guide', 'stop']),
        problems: [{ path: '/scenarios/0/quiz/chooseTwo', message: 'SC1: chooseTwo must name the two right answers of a "Choose 2" item, not 3.' }],
      },
      {
        name: 'text that is not an object',
        change: (b) => ((b as { text: unknown }).text = 'see the wiki'),
        problems: [{ path: '/text', message: 'text must be an object, not a string.' }],
      },
      {
        name: 'the text of a locale that is not an object',
        change: (b) => ((b.text as Record<string, unknown>).fi = []),
        problems: [{ path: '/text/fi', message: 'The text for locale "fi" must be an object, not a list.' }],
      },
      {
        name: 'the text of a wrong action that is not an object',
        change: (b) => ((b.text.fi!.SC2!.distractors as Record<string, unknown>)['note-codes'] = 'Write the codes down.'),
        problems: [{ path: '/text/fi/SC2/distractors/note-codes', message: 'SC2: the text of wrong action "note-codes" in locale "fi" must be an object, not a string.' }],
      },
      {
        name: 'a statement whose "correct" is not true or false',
        change: (b) => ((b.competences![0]!.options[1] as { correct: unknown }).correct = 'yes'),
        problems: [
          { path: '/competences/0/options/1/correct', message: `${COMPETENCE}: correct of statement 1 must be true or false, not a string.` },
          { path: '/competences/0/options', message: `${COMPETENCE}: a "Choose 2" item has five statements, two of them right (has 5, 1 right).` },
        ],
      },
      {
        name: 'locales with a number in them',
        change: (b) => ((b.locales as unknown[])[1] = 7),
        problems: [{ path: '/locales/1', message: 'Item 1 of locales must be a string, not a number.' }],
      },
      {
        name: 'a locale declared twice',
        change: (b) => b.locales.push('en'),
        problems: [{ path: '/locales/2', message: 'Locale "en" is declared twice.' }],
      },
    ])('reports $name', ({ change, problems }) => {
      expect(validateScenarios(bankWith(change), tree)).toEqual(problems);
    });

    it('reports a hole in the scenarios, and checks nothing else until it is fixed', () => {
      const bank = bankWith((b) => {
        delete (b.scenarios as unknown[])[1];
        b.treeId = 'large';
      });
      expect(validateScenarios(bank, tree)).toEqual([{ path: '/scenarios/1', message: 'Item 1 is missing (a hole in the list).' }]);
    });

    it('reports a getter that throws on the answers of a scenario', () => {
      const bank = bankWith((b) =>
        Object.defineProperty(b.scenarios[0], 'answers', {
          enumerable: true,
          get() {
            throw new Error('no answers today');
          },
        }),
      );
      expect(validateScenarios(bank, tree)).toEqual([{ path: '/scenarios/0/answers', message: 'Could not be read: no answers today' }]);
    });

    it('reports a revoked Proxy as the text', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      const bank = bankWith((b) => ((b as { text: unknown }).text = proxy));
      expect(validateScenarios(bank, tree)).toEqual([{ path: '/text', message: expect.stringMatching(/^Could not be read: /) as string }]);
    });

    it('reports a function among the answers', () => {
      const bank = bankWith((b) => ((b.scenarios[1]!.answers as Record<string, unknown>).where = () => 'library'));
      expect(validateScenarios(bank, tree)).toEqual([{ path: '/scenarios/1/answers/where', message: 'a function is not a JSON value.' }]);
    });

    it.each([
      { name: 'no bank', bank: undefined, message: 'No scenario bank was given: a bank is an object with treeId, version, locales, scenarios and text.' },
      { name: 'a bank that is null', bank: null, message: 'A scenario bank must be an object, not null.' },
      { name: 'a bank that is a list', bank: [validBank], message: 'A scenario bank must be an object, not a list.' },
    ])('reports $name', ({ bank, message }) => {
      expect(validateScenarios(bank, tree)).toEqual([{ path: '', message }]);
    });
  });

  describe('the tree: one problem when it is not a valid tree, never a throw', () => {
    it.each([
      { name: 'no tree', value: undefined, message: 'The tree is invalid: No tree was given: a tree is an object (see "The tree format" in README).' },
      { name: 'a tree that is null', value: null, message: 'The tree is invalid: A tree must be an object, not null.' },
      { name: 'a tree that is a string', value: 'small', message: 'The tree is invalid: A tree must be an object, not a string.' },
      { name: 'a tree whose start is not a question', value: { ...tree, start: 'nowhere' }, message: 'The tree is invalid: /start: The start question "nowhere" does not exist.' },
      {
        name: 'a tree with several problems',
        value: { ...tree, start: 'nowhere', version: 2 },
        message: 'The tree is invalid (2 problems; the first shown): /version: version must be a string, not a number.',
      },
    ])('reports $name', ({ value, message }) => {
      expect(validateScenarios(validBank, value)).toEqual([{ path: '', message }]);
      expect(validateScenarios(null, value)).toEqual([{ path: '', message }]);
    });

    it('accepts the tree once loaded', () => {
      const loaded = loadTree(tree).tree!;
      expect(validateScenarios(validBank, loaded)).toEqual([]);
    });
  });
});

/**
 * Reads a scenario bank (a plain-data copy: see plain-data.ts) as its structure: reports every
 * wrong type, missing field and badly formed id with its JSON Pointer, and keeps the parts that
 * are well formed so the checks against the tree still run on them. Never throws.
 */
import { KEBAB_ID, MAX_ID_LENGTH } from '../tree/ids.js';
import { isRecord } from '../tree/is-record.js';
import { pointer } from '../tree/tree-problem.js';

/** Scenario ids: `SC` and a number, e.g. `SC01`. */
export const SCENARIO_ID = /^SC[0-9]+$/;

export type BankIdKind = 'scenario' | 'wrong action' | 'competence item' | 'statement' | 'situation family';

/** Names that would reach `Object.prototype` where an id is used as a key: never ids. */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Why `id` cannot be an id of `kind`, or `undefined` when it can (the rules of ids.ts, with `SC01` for scenarios). */
export function bankIdProblem(kind: BankIdKind, id: string): string | undefined {
  if (PROTOTYPE_NAMES.has(id)) return `"${id}" is a name JavaScript objects already use; choose another ${kind} id.`;
  if (id.length > MAX_ID_LENGTH) return `The ${kind} id "${id.slice(0, MAX_ID_LENGTH)}…" is longer than ${MAX_ID_LENGTH} characters.`;
  if (kind === 'scenario') return SCENARIO_ID.test(id) ? undefined : `The scenario id "${id}" must be SC and a number, such as SC01.`;
  return KEBAB_ID.test(id) ? undefined : `The ${kind} id "${id}" must be kebab-case: a-z and 0-9 in words joined by "-", starting with a letter.`;
}

export type BankReport = (path: string, message: string) => void;

/** A well-formed item of a list, with its position in the list as written. */
export interface Item<T> {
  readonly value: T;
  readonly index: number;
}

/** The well-formed items of a list, and how many items it has as written. */
export interface ReadList<T> {
  readonly items: readonly T[];
  readonly length: number;
}

export interface ReadDistractor {
  readonly index: number;
  readonly id: string | undefined;
  readonly principles: readonly Item<string>[];
}

export interface ReadScenario {
  readonly index: number;
  readonly id: string | undefined;
  /** How messages name the scenario: its id, or its position when it has none. */
  readonly label: string;
  readonly answers: Record<string, unknown> | undefined;
  /** `undefined` when the list or one of its items is malformed (reported). */
  readonly expected: readonly string[] | undefined;
  readonly distractors: ReadList<ReadDistractor> | undefined;
  readonly chooseTwo: readonly [string, string] | undefined;
  /** `quiz.single`: `undefined` when absent or malformed (reported). */
  readonly single: string | undefined;
  /** Whether the right answers of the quiz items were read as written (`quiz`, `chooseTwo`, `single` well formed). */
  readonly quizRead: boolean;
}

export interface ReadStatement {
  readonly index: number;
  readonly id: string | undefined;
  readonly correct: boolean | undefined;
  readonly principles: readonly Item<string>[];
}

export interface ReadCompetence {
  readonly index: number;
  readonly id: string | undefined;
  readonly label: string;
  readonly options: ReadList<ReadStatement> | undefined;
}

/** Text keyed by locale: the records that are objects, and every locale key (malformed ones too). */
export interface ReadText {
  readonly locales: readonly string[];
  readonly records: ReadonlyMap<string, Record<string, unknown>>;
}

/** The well-formed parts of a bank, with everything malformed left out. */
export interface ReadBank {
  readonly treeId: string | undefined;
  /** The well-formed locales, each once. */
  readonly locales: readonly string[];
  /** Whether `locales` is a list of strings (only then is text for another locale stray). */
  readonly localesComplete: boolean;
  /** `undefined` when not a list (reported). */
  readonly scenarios: ReadList<ReadScenario> | undefined;
  /** `undefined` when missing or not an object (reported): no text is checked then. */
  readonly text: ReadText | undefined;
  /** Empty when absent; `undefined` when not a list (reported). */
  readonly competences: ReadList<ReadCompetence> | undefined;
  /** Empty when absent (every item's text is then missing); `undefined` when not an object (reported). */
  readonly competenceText: ReadText | undefined;
  /** What each kind of item asks, by locale; `undefined` when missing or not an object (reported). */
  readonly promptText: ReadText | undefined;
}

/** What a value is, for a message: `null`, `a list`, `an object`, `a string`... */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

type Expected = 'a string' | 'a list' | 'an object' | 'true or false';

/** Reads `bank` (plain data) and reports structural problems through `report`. */
export function readBank(bank: unknown, report: BankReport): ReadBank | undefined {
  if (bank === undefined) {
    report('', 'No scenario bank was given: a bank is an object with treeId, version, locales, scenarios and text.');
    return undefined;
  }
  if (!isRecord(bank)) {
    report('', `A scenario bank must be an object, not ${typeName(bank)}.`);
    return undefined;
  }

  /** Whether `value` is of the `expected` type; reports it when not. `prefix` names the scenario or item. */
  const field = (path: string, prefix: string, name: string, value: unknown, expected: Expected, optional = false): boolean => {
    if (value === undefined) {
      if (!optional) report(path, `${prefix}${name} is missing: it must be ${expected}.`);
      return false;
    }
    const ok =
      expected === 'a string' ? typeof value === 'string' : expected === 'a list' ? Array.isArray(value) : expected === 'an object' ? isRecord(value) : typeof value === 'boolean';
    if (!ok) report(path, `${prefix}${name} must be ${expected}, not ${typeName(value)}.`);
    return ok;
  };

  const string = (path: string, prefix: string, name: string, value: unknown): string | undefined =>
    field(path, prefix, name, value, 'a string') ? (value as string) : undefined;

  /** An id of `kind`: reported when its syntax is wrong, still returned so later checks can name it. */
  const id = (path: string, prefix: string, name: string, kind: BankIdKind, value: unknown): string | undefined => {
    const read = string(path, prefix, name, value);
    const problem = read === undefined ? undefined : bankIdProblem(kind, read);
    if (problem) report(path, problem);
    return read;
  };

  /** The string items of a list, each with its position; `undefined` when it is not a list. */
  const stringList = (path: string, prefix: string, name: string, value: unknown, optional = false): ReadList<Item<string>> | undefined => {
    if (!field(path, prefix, name, value, 'a list', optional)) return undefined;
    const list = value as unknown[];
    const items: Item<string>[] = [];
    list.forEach((item, index) => {
      const s = string(`${path}/${index}`, prefix, `${prefix ? 'item' : 'Item'} ${index} of ${name}`, item);
      if (s !== undefined) items.push({ value: s, index });
    });
    return { items, length: list.length };
  };

  /** The objects of a list, each read by `read`; `undefined` when it is not a list. */
  const objectList = <T>(path: string, prefix: string, name: string, value: unknown, itemName: (index: number) => string, read: (raw: Record<string, unknown>, index: number, path: string) => T, optional = false): ReadList<T> | undefined => {
    if (!field(path, prefix, name, value, 'a list', optional)) return undefined;
    const list = value as unknown[];
    const items: T[] = [];
    list.forEach((raw, index) => {
      const itemPath = `${path}/${index}`;
      if (field(itemPath, prefix, itemName(index), raw, 'an object')) items.push(read(raw as Record<string, unknown>, index, itemPath));
    });
    return { items, length: list.length };
  };

  /** Text keyed by locale; `optional` text that is absent reads as empty. */
  const text = (name: 'text' | 'competenceText' | 'promptText', value: unknown, optional: boolean): ReadText | undefined => {
    if (optional && value === undefined) return { locales: [], records: new Map() };
    if (!field(`/${name}`, '', name, value, 'an object')) return undefined;
    const locales: string[] = [];
    const records = new Map<string, Record<string, unknown>>();
    for (const [locale, raw] of Object.entries(value as Record<string, unknown>)) {
      locales.push(locale);
      if (field(pointer(name, locale), '', `The ${name} for locale "${locale}"`, raw, 'an object')) records.set(locale, raw as Record<string, unknown>);
    }
    return { locales, records };
  };

  const treeId = string('/treeId', '', 'treeId', bank.treeId);
  string('/version', '', 'version', bank.version);

  const localeList = stringList('/locales', '', 'locales', bank.locales);
  if (localeList?.length === 0) report('/locales', 'A bank must declare at least one locale.');
  const locales: string[] = [];
  for (const { value, index } of localeList?.items ?? []) {
    if (locales.includes(value)) report(pointer('locales', index), `Locale "${value}" is declared twice.`);
    else locales.push(value);
  }

  const scenarios =
    objectList('/scenarios', '', 'scenarios', bank.scenarios, (i) => `Scenario ${i}`, (raw, index, path): ReadScenario => {
      const scenarioId = id(`${path}/id`, `Scenario ${index}: `, 'id', 'scenario', raw.id);
      const label = scenarioId ?? `Scenario ${index}`;
      const prefix = `${label}: `;
      if (raw.family !== undefined) id(`${path}/family`, prefix, 'family', 'situation family', raw.family);
      const answers = field(`${path}/answers`, prefix, 'answers', raw.answers, 'an object') ? (raw.answers as Record<string, unknown>) : undefined;
      const expectedList = stringList(`${path}/expected`, prefix, 'expected', raw.expected);
      const expected = expectedList && expectedList.items.length === expectedList.length ? expectedList.items.map((item) => item.value) : undefined;
      let distractors: ReadList<ReadDistractor> | undefined;
      let chooseTwo: readonly [string, string] | undefined;
      let single: string | undefined;
      let quizRead = false;
      if (field(`${path}/quiz`, prefix, 'quiz', raw.quiz, 'an object')) {
        const quiz = raw.quiz as Record<string, unknown>;
        const quizPath = `${path}/quiz`;
        distractors = objectList(`${quizPath}/distractors`, prefix, 'distractors', quiz.distractors, (j) => `wrong action ${j}`, (entry, j, entryPath) => ({
          index: j,
          id: id(`${entryPath}/id`, prefix, `id of wrong action ${j}`, 'wrong action', entry.id),
          principles: stringList(`${entryPath}/principles`, prefix, `principles of wrong action ${j}`, entry.principles)?.items ?? [],
        }));
        const two = stringList(`${quizPath}/chooseTwo`, prefix, 'chooseTwo', quiz.chooseTwo, true);
        if (two && two.length !== 2) report(`${quizPath}/chooseTwo`, `${prefix}chooseTwo must name the two right answers of a "Choose 2" item, not ${two.length}.`);
        else if (two?.items.length === 2) chooseTwo = [two.items[0]!.value, two.items[1]!.value];
        const singleRead = quiz.single === undefined || field(`${quizPath}/single`, prefix, 'single', quiz.single, 'a string');
        if (singleRead) single = quiz.single as string | undefined;
        quizRead = singleRead && (quiz.chooseTwo === undefined || chooseTwo !== undefined);
      }
      return { index, id: scenarioId, label, answers, expected, distractors, chooseTwo, single, quizRead };
    });

  const competences =
    bank.competences === undefined
      ? { items: [], length: 0 }
      : objectList(
      '/competences',
      '',
      'competences',
      bank.competences,
      (i) => `Competence item ${i}`,
      (raw, index, path): ReadCompetence => {
        const itemId = id(`${path}/id`, `Competence item ${index}: `, 'id', 'competence item', raw.id);
        const label = itemId ?? `Competence item ${index}`;
        const prefix = `${label}: `;
        const options = objectList(`${path}/options`, prefix, 'options', raw.options, (j) => `statement ${j}`, (entry, j, entryPath) => ({
          index: j,
          id: id(`${entryPath}/id`, prefix, `id of statement ${j}`, 'statement', entry.id),
          correct: field(`${entryPath}/correct`, prefix, `correct of statement ${j}`, entry.correct, 'true or false') ? (entry.correct as boolean) : undefined,
          principles: stringList(`${entryPath}/principles`, prefix, `principles of statement ${j}`, entry.principles)?.items ?? [],
        }));
        return { index, id: itemId, label, options };
      },
    );

  return {
    treeId,
    locales,
    localesComplete: localeList !== undefined && localeList.items.length === localeList.length,
    scenarios,
    text: text('text', bank.text, false),
    competences,
    competenceText: text('competenceText', bank.competenceText, true),
    promptText: text('promptText', bank.promptText, false),
  };
}

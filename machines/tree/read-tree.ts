/**
 * Reads an unknown value as a tree definition: reports every wrong type and missing field with
 * its path, and keeps the parts that are well formed so the semantic checks can still run on
 * them. Never throws on malformed input.
 */
import { idProblem, type IdKind } from './ids.js';
import { isRecord } from './is-record.js';
import { LINK_SCHEMES, linkableUrl } from './link-url.js';
import { pointer, type TreeProblemCode } from './tree-problem.js';
import { PRINCIPLE_STATUSES, QUESTION_KINDS, RESULT, type AnswerCondition, type OutcomeAddition } from './tree.types.js';

export interface ReadOption {
  readonly id: string;
  readonly index: number;
  readonly next: string | undefined;
  readonly adds: readonly ReadAddition[];
  readonly exclusive: boolean;
}

export interface ReadAddition {
  readonly outcome: string;
  readonly rule: string | undefined;
  readonly when: AnswerCondition | undefined;
  readonly unless: AnswerCondition | undefined;
  readonly index: number;
}

export interface ReadQuestion {
  readonly id: string;
  readonly kind: 'single' | 'multi' | undefined;
  readonly options: readonly ReadOption[];
  readonly next: string | undefined;
}

/** An entry of an outcome's `referrals` or `never` list: its id, where it is, and its conditions if it has any. */
export interface ReadEntry {
  readonly id: string;
  readonly index: number;
  /** Written as `{ referral, when, unless }` or `{ never, when, unless }` (so its id is at `.../referral` or `.../never`). */
  readonly conditional: boolean;
  readonly when: AnswerCondition | undefined;
  readonly unless: AnswerCondition | undefined;
}

export interface ReadOutcome {
  readonly id: string;
  readonly index: number;
  readonly principles: readonly string[];
  readonly referrals: readonly ReadEntry[];
  readonly keep: readonly string[] | undefined;
  readonly never: readonly ReadEntry[];
  /** Readings of the action or customer text for some walks: each with its conditions. */
  readonly variants: readonly ReadEntry[];
}

/** The well-formed parts of a definition, with everything malformed left out. */
export interface ReadTree {
  readonly locales: readonly string[];
  readonly start: string | undefined;
  readonly questions: ReadonlyMap<string, ReadQuestion>;
  readonly outcomes: readonly ReadOutcome[];
  readonly principleIds: ReadonlySet<string>;
  readonly referralIds: ReadonlySet<string>;
  /** Ids of the `never` catalogue (empty when the tree has none). */
  readonly neverIds: ReadonlySet<string>;
  /** Rule ids named by the options' additions. */
  readonly ruleIds: ReadonlySet<string>;
  /** The raw text object per locale, when it is an object. */
  readonly text: ReadonlyMap<string, Record<string, unknown>>;
}

export type Report = (path: string, code: TreeProblemCode, message: string) => void;

function typeName(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Reads `definition` and reports structural problems through `report`. */
export function readTree(definition: unknown, report: Report): ReadTree | undefined {
  if (definition === undefined) {
    report('', 'missing-field', 'No tree was given: a tree is an object (see "The tree format" in README).');
    return undefined;
  }
  if (!isRecord(definition)) {
    report('', 'wrong-type', `A tree must be an object, not ${typeName(definition)}.`);
    return undefined;
  }

  const field = (path: string, name: string, value: unknown, expected: 'a string' | 'an array' | 'an object' | 'true or false', optional = false): boolean => {
    if (value === undefined) {
      if (!optional) report(path, 'missing-field', `${name} is missing: it must be ${expected}.`);
      return false;
    }
    const ok =
      expected === 'a string' ? typeof value === 'string' : expected === 'an array' ? Array.isArray(value) : expected === 'an object' ? isRecord(value) : typeof value === 'boolean';
    if (!ok) report(path, 'wrong-type', `${name} must be ${expected}, not ${typeName(value)}.`);
    return ok;
  };

  const object = (path: string, name: string, value: unknown): value is Record<string, unknown> => field(path, name, value, 'an object');

  /** A string that must be one of `allowed`. */
  const oneOf = <T extends string>(path: string, name: string, value: unknown, allowed: readonly T[]): T | undefined => {
    if (!field(path, name, value, 'a string')) return undefined;
    if (allowed.includes(value as T)) return value as T;
    report(path, 'invalid-value', `${name} is "${String(value)}": use ${allowed.join(', ')}.`);
    return undefined;
  };

  const nonEmptyString = (path: string, name: string, value: unknown, optional = false): string | undefined => {
    if (!field(path, name, value, 'a string', optional)) return undefined;
    if ((value as string).trim() === '') {
      report(path, 'invalid-value', `${name} must not be empty.`);
      return undefined;
    }
    return value as string;
  };

  /** An id of `kind`: reported when its syntax is wrong, still returned so later checks can name it. */
  const id = (path: string, kind: IdKind, value: string | undefined): string | undefined => {
    const problem = value === undefined ? undefined : idProblem(kind, value);
    if (problem) report(path, 'invalid-id', problem);
    return value;
  };

  const stringList = (path: string, name: string, value: unknown, optional = false): string[] => {
    if (!field(path, name, value, 'an array', optional)) return [];
    const out: string[] = [];
    (value as unknown[]).forEach((item, i) => {
      const s = nonEmptyString(`${path}/${i}`, `Item ${i} of ${name}`, item);
      if (s !== undefined) out.push(s);
    });
    return out;
  };

  nonEmptyString('/id', 'id', definition.id);
  nonEmptyString('/version', 'version', definition.version);
  const locales = stringList('/locales', 'locales', definition.locales);
  if (Array.isArray(definition.locales) && definition.locales.length === 0) {
    report('/locales', 'invalid-value', 'A tree must declare at least one locale.');
  }
  const declared = new Set<string>();
  locales.forEach((locale, i) => {
    id(pointer('locales', i), 'locale', locale);
    if (declared.has(locale)) report(pointer('locales', i), 'duplicate-id', `Locale "${locale}" is declared twice.`);
    declared.add(locale);
  });
  const start = nonEmptyString('/start', 'start', definition.start);

  const questions = new Map<string, ReadQuestion>();
  const ruleIds = new Set<string>();
  if (field('/questions', 'questions', definition.questions, 'an object')) {
    for (const [questionId, raw] of Object.entries(definition.questions as Record<string, unknown>)) {
      const path = pointer('questions', questionId);
      if (!object(path, `Question "${questionId}"`, raw)) continue;
      if (questionId !== RESULT) id(path, 'question', questionId);
      const kind = oneOf(`${path}/kind`, 'kind', raw.kind, QUESTION_KINDS);
      const next = nonEmptyString(`${path}/next`, 'next', raw.next, true);
      field(`${path}/neverPreset`, 'neverPreset', raw.neverPreset, 'true or false', true);
      const options: ReadOption[] = [];
      if (field(`${path}/options`, 'options', raw.options, 'an array')) {
        const list = raw.options as unknown[];
        if (list.length === 0) report(`${path}/options`, 'invalid-value', `Question "${questionId}" has no options.`);
        list.forEach((rawOption, index) => {
          const optionPath = `${path}/options/${index}`;
          if (!object(optionPath, `Option ${index}`, rawOption)) return;
          const optionId = id(`${optionPath}/id`, 'option', nonEmptyString(`${optionPath}/id`, 'id', rawOption.id));
          const optionNext = nonEmptyString(`${optionPath}/next`, 'next', rawOption.next, true);
          const exclusive = field(`${optionPath}/exclusive`, 'exclusive', rawOption.exclusive, 'true or false', true) && rawOption.exclusive === true;
          field(`${optionPath}/sensitive`, 'sensitive', rawOption.sensitive, 'true or false', true);
          const adds: ReadAddition[] = [];
          if (field(`${optionPath}/adds`, 'adds', rawOption.adds, 'an array', true)) {
            (rawOption.adds as unknown[]).forEach((add, addIndex) => {
              const addPath = `${optionPath}/adds/${addIndex}`;
              const read = readAddition(add as OutcomeAddition, addPath, report);
              if (!read) return;
              if (read.rule !== undefined) {
                id(`${addPath}/rule`, 'rule', read.rule);
                ruleIds.add(read.rule);
              }
              adds.push({ ...read, index: addIndex });
            });
          }
          if (optionId !== undefined) options.push({ id: optionId, index, next: optionNext, adds, exclusive });
        });
      }
      questions.set(questionId, { id: questionId, kind, options, next });
    }
  }

  const outcomes: ReadOutcome[] = [];
  if (field('/outcomes', 'outcomes', definition.outcomes, 'an array')) {
    (definition.outcomes as unknown[]).forEach((raw, index) => {
      const path = pointer('outcomes', index);
      if (!object(path, `Outcome ${index}`, raw)) return;
      const outcomeId = id(`${path}/id`, 'outcome', nonEmptyString(`${path}/id`, 'id', raw.id));
      const principles = stringList(`${path}/principles`, 'principles', raw.principles);
      const entries = (key: 'referral' | 'never' | 'id', list: 'referrals' | 'never' | 'variants'): ReadEntry[] => {
        const read: ReadEntry[] = [];
        if (field(`${path}/${list}`, list, raw[list], 'an array', true)) {
          (raw[list] as unknown[]).forEach((entry, i) => {
            const one = readEntry(entry, key, `${path}/${list}/${i}`, report);
            if (one) read.push({ ...one, index: i });
          });
        }
        return read;
      };
      const referrals = entries('referral', 'referrals');
      let keep: string[] | undefined;
      if (field(`${path}/overrides`, 'overrides', raw.overrides, 'an object', true)) {
        keep = stringList(`${path}/overrides/keep`, 'keep', (raw.overrides as Record<string, unknown>).keep);
      }
      field(`${path}/inferred`, 'inferred', raw.inferred, 'true or false', true);
      const never = entries('never', 'never');
      const variants = entries('id', 'variants');
      if (outcomeId !== undefined) outcomes.push({ id: outcomeId, index, principles, referrals, keep, never, variants });
    });
  }

  /** Reads a catalogue keyed by id (principles, referrals): its ids, each entry checked by `check`. */
  const catalogue = (name: 'principles' | 'referrals' | 'never', kind: IdKind, singular: string, check: (entry: Record<string, unknown>, path: string) => void, optional = false): Set<string> => {
    const ids = new Set<string>();
    if (!field(`/${name}`, name, definition[name], 'an object', optional)) return ids;
    for (const [entryId, raw] of Object.entries(definition[name] as Record<string, unknown>)) {
      const path = pointer(name, entryId);
      id(path, kind, entryId);
      if (object(path, `${singular} "${entryId}"`, raw)) {
        check(raw, path);
        ids.add(entryId);
      }
    }
    return ids;
  };
  const principleIds = catalogue('principles', 'principle', 'Principle', (raw, path) => {
    oneOf(`${path}/status`, 'status', raw.status, PRINCIPLE_STATUSES);
    stringList(`${path}/sources`, 'sources', raw.sources, true);
  });
  const referralIds = catalogue('referrals', 'referral', 'Referral', (raw, path) => {
    const url = nonEmptyString(`${path}/url`, 'url', raw.url, true);
    if (url !== undefined && linkableUrl(url) === undefined) {
      report(`${path}/url`, 'invalid-value', `url must be an ${LINK_SCHEMES.join(', ')} or relative address.`);
    }
  });
  const neverIds = catalogue(
    'never',
    'never-item',
    '"Never" item',
    (raw, path) => {
      if (!Number.isInteger(raw.rank) || (raw.rank as number) < 1) {
        report(`${path}/rank`, raw.rank === undefined ? 'missing-field' : 'invalid-value', 'rank must be a whole number from 1 (the most important) up.');
      }
    },
    true,
  );

  const text = new Map<string, Record<string, unknown>>();
  if (field('/text', 'text', definition.text, 'an object')) {
    for (const [locale, raw] of Object.entries(definition.text as Record<string, unknown>)) {
      if (object(pointer('text', locale), `The text for "${locale}"`, raw)) text.set(locale, raw);
    }
  }

  return { locales, start, questions, outcomes, principleIds, referralIds, neverIds, ruleIds, text };
}

function readAddition(add: unknown, path: string, report: Report): Omit<ReadAddition, 'index'> | undefined {
  if (typeof add === 'string') {
    if (add.trim() === '') report(path, 'invalid-value', 'An outcome id must not be empty.');
    return add.trim() === '' ? undefined : { outcome: add, rule: undefined, when: undefined, unless: undefined };
  }
  if (!isRecord(add)) {
    report(path, 'wrong-type', `An added outcome must be an outcome id or { outcome, rule, when, unless }, not ${typeName(add)}.`);
    return undefined;
  }
  if (typeof add.outcome !== 'string' || add.outcome.trim() === '') {
    report(`${path}/outcome`, add.outcome === undefined ? 'missing-field' : 'wrong-type', '"outcome" must be an outcome id.');
    return undefined;
  }
  if (add.rule !== undefined && typeof add.rule !== 'string') {
    report(`${path}/rule`, 'wrong-type', '"rule" must be a rule id such as R10.');
    return undefined;
  }
  if (add.rule === undefined && add.when === undefined && add.unless === undefined) {
    report(`${path}/when`, 'missing-field', 'Give "rule", "when" or "unless" (or write the outcome id alone): "when" and "unless" map question ids to lists of option ids.');
    return undefined;
  }
  const when = readCondition(add.when, `${path}/when`, report);
  const unless = readCondition(add.unless, `${path}/unless`, report);
  if (when === null || unless === null) return undefined;
  return { outcome: add.outcome, rule: add.rule, when, unless };
}

/**
 * An entry of a `referrals` or `never` list: an id (`key` names its kind), or `{ [key]: id, when,
 * unless }`; or of `variants` (`key` is `id`): always `{ id, when, unless }`.
 */
function readEntry(entry: unknown, key: 'referral' | 'never' | 'id', path: string, report: Report): Omit<ReadEntry, 'index'> | undefined {
  const kind = key === 'referral' ? 'referral' : key === 'never' ? '"never" item' : 'variant';
  if (typeof entry === 'string' && key === 'id') {
    report(path, 'wrong-type', 'A variant must be { id, when, unless }: the walks it is for.');
    return undefined;
  }
  if (typeof entry === 'string') {
    if (entry.trim() === '') report(path, 'invalid-value', `A ${kind} id must not be empty.`);
    return entry.trim() === '' ? undefined : { id: entry, conditional: false, when: undefined, unless: undefined };
  }
  if (!isRecord(entry)) {
    report(path, 'wrong-type', `A ${kind} must be its id or { ${key}, when, unless }, not ${typeName(entry)}.`);
    return undefined;
  }
  const id = entry[key];
  if (typeof id !== 'string' || id.trim() === '') {
    report(`${path}/${key}`, id === undefined ? 'missing-field' : 'wrong-type', `"${key}" must be a ${kind} id.`);
    return undefined;
  }
  const unknown = Object.keys(entry).find((k) => k !== key && k !== 'when' && k !== 'unless');
  if (unknown !== undefined) {
    report(`${path}/${unknown}`, 'invalid-value', `"${unknown}" is not a field of a ${kind}: give "${key}", "when" and "unless" only.`);
    return undefined;
  }
  if (entry.when === undefined && entry.unless === undefined) {
    report(`${path}/when`, 'missing-field', `Give "when", "unless" or both (or write the ${kind} id alone).`);
    return undefined;
  }
  const when = readCondition(entry.when, `${path}/when`, report);
  const unless = readCondition(entry.unless, `${path}/unless`, report);
  if (when === null || unless === null) return undefined;
  return { id, conditional: true, when, unless };
}

/** A condition on the answers: `undefined` when absent, `null` when malformed (reported). */
function readCondition(condition: unknown, path: string, report: Report): AnswerCondition | undefined | null {
  if (condition === undefined) return undefined;
  if (!isRecord(condition)) {
    report(path, 'wrong-type', 'A condition must be an object mapping question ids to lists of option ids.');
    return null;
  }
  const read: Record<string, string[]> = {};
  for (const [questionId, optionIds] of Object.entries(condition)) {
    if (!Array.isArray(optionIds) || optionIds.length === 0 || !optionIds.every((o) => typeof o === 'string')) {
      report(path + pointer(questionId), 'wrong-type', `The condition on "${questionId}" must be a non-empty list of option ids.`);
      return null;
    }
    read[questionId] = optionIds as string[];
  }
  return read;
}

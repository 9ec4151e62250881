/**
 * `validateScenarios(bank, tree)`: every problem of a scenario bank against its tree, each with a
 * JSON Pointer into the bank: unknown ids, answers that do not complete a walk or answer questions
 * the walk does not reach, quiz items that cannot be built, missing or stray text in a locale
 * (a scenario's wrong courses of action and its right ones, written for the situation).
 * Any input gets a report, never a throw: the tree must load (else one problem says why not); the
 * bank is read as plain JSON data first (a function, a hole in a list, a getter that throws, a
 * revoked Proxy are reported there, and nothing else is checked until they are fixed), then its
 * structure (wrong types, missing fields, id syntax: malformed parts are reported and left out),
 * then its meaning against the tree.
 */
import { answersProblems } from '../answers/check-answers.js';
import { recommend } from '../recommend/recommend.js';
import { indexTree, loadTree } from '../tree/load-tree.js';
import { readPlainData } from '../tree/plain-data.js';
import { isRecord } from '../tree/is-record.js';
import { pointer, type TreeProblem } from '../tree/tree-problem.js';
import type { Answers, TreeDefinition } from '../tree/tree.types.js';
import { readBank, typeName, type BankReport, type ReadBank, type ReadList, type ReadText } from './read-bank.js';

export interface ScenarioProblem {
  readonly path: string;
  readonly message: string;
}

export const DISTRACTORS_MIN = 3;
export const DISTRACTORS_MAX = 4;

/** Every problem of `bank` (any value, meant as a `ScenarioBank`) against `tree` (any value, meant as a tree). Never throws. */
export function validateScenarios(bank: unknown, tree: unknown): ScenarioProblem[] {
  const loaded = loadTree(tree);
  if (!loaded.tree) return [invalidTree(loaded.problems)];
  const problems: ScenarioProblem[] = [];
  const report: BankReport = (path, message) => problems.push({ path, message });
  // `undefined` is no bank at all: readBank says so in words of its own.
  const copy = bank === undefined ? undefined : readPlainData(bank, (path, _code, message) => report(path, message));
  if (problems.length > 0) return problems;
  const read = readBank(copy, report);
  if (read) checkBank(read, loaded.tree, report);
  return problems;
}

function invalidTree(problems: readonly TreeProblem[]): ScenarioProblem {
  const first = problems[0];
  if (!first) return { path: '', message: 'The tree is invalid.' };
  const count = problems.length === 1 ? '' : ` (${problems.length} problems; the first shown)`;
  return { path: '', message: `The tree is invalid${count}: ${first.path ? `${first.path}: ` : ''}${first.message}` };
}

const own = (record: Record<string, unknown> | undefined, key: string): unknown => (record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined);

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** Whether every item of a list as written was read with its id: only then is text for another id stray. */
const allIdsRead = (list: ReadList<{ readonly id: string | undefined }> | undefined): boolean =>
  list !== undefined && list.items.length === list.length && list.items.every((item) => item.id !== undefined);

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

/** The text record of `locale`, or `null` when the locale's text is malformed (reported already: check nothing). */
function localeText(text: ReadText, locale: string): Record<string, unknown> | undefined | null {
  const record = text.records.get(locale);
  return record === undefined && text.locales.includes(locale) ? null : record;
}

function checkBank(bank: ReadBank, tree: TreeDefinition, report: BankReport): void {
  const index = indexTree(tree);
  const isPrinciple = (id: string) => Object.hasOwn(tree.principles, id);
  if (bank.treeId !== undefined && bank.treeId !== tree.id) report('/treeId', `The bank is for tree "${bank.treeId}", not "${tree.id}".`);
  for (const locale of bank.locales) {
    if (!tree.locales.includes(locale)) report('/locales', `Locale "${locale}" is not one of the tree's locales (${tree.locales.join(', ')}).`);
  }
  const ids = new Set<string>();
  for (const scenario of bank.scenarios?.items ?? []) {
    const path = pointer('scenarios', scenario.index);
    const name = scenario.label;
    if (scenario.id !== undefined) {
      if (ids.has(scenario.id)) report(`${path}/id`, `Two scenarios have the id "${scenario.id}".`);
      ids.add(scenario.id);
    }
    const { answers, expected } = scenario;
    // False once `expected` is reported as not what the tree recommends.
    let expectedAgrees = true;
    const answerProblems = answers ? answersProblems(index, answers) : [];
    answerProblems.forEach((message) => report(`${path}/answers`, `${name}: ${message}`));
    if (answers && answerProblems.length === 0) {
      const result = recommend(tree, answers as Answers);
      if (result.status === 'needs-answer') {
        report(`${path}/answers`, `${name}: the answers stop short of a recommendation; "${result.question}" has no answer.`);
      } else {
        for (const questionId of Object.keys(answers)) {
          if (!result.path.includes(questionId)) report(`${path}/answers${pointer(questionId)}`, `${name}: "${questionId}" is answered but the walk does not reach it.`);
        }
        if (expected && !sameList(result.outcomes, expected)) {
          report(`${path}/expected`, `${name}: expects ${expected.join(', ')} but the tree recommends ${result.outcomes.join(', ')}.`);
          expectedAgrees = false;
        }
      }
    }
    expected?.forEach((id, j) => {
      if (!index.outcomes.has(id)) report(`${path}/expected/${j}`, `${name}: "${id}" is not an outcome of the tree.`);
    });
    if (expected?.length === 0) report(`${path}/expected`, `${name}: expects no outcome.`);
    const distractorIds = new Set<string>();
    const distractorsRead = allIdsRead(scenario.distractors);
    if (scenario.distractors) {
      const { items, length } = scenario.distractors;
      if (length < DISTRACTORS_MIN || length > DISTRACTORS_MAX) {
        report(`${path}/quiz/distractors`, `${name}: has ${length} wrong courses of action; give ${DISTRACTORS_MIN} to ${DISTRACTORS_MAX}.`);
      }
      for (const distractor of items) {
        const distractorPath = `${path}/quiz/distractors/${distractor.index}`;
        if (distractor.id !== undefined) {
          if (distractorIds.has(distractor.id)) report(`${distractorPath}/id`, `${name}: two wrong courses of action have the id "${distractor.id}".`);
          distractorIds.add(distractor.id);
        }
        for (const { value: id, index: k } of distractor.principles) {
          if (!isPrinciple(id)) report(`${distractorPath}/principles/${k}`, `${name}: principle "${id}" is not in the tree's catalogue.`);
        }
      }
    }
    const { chooseTwo } = scenario;
    if (chooseTwo) {
      if (chooseTwo[0] === chooseTwo[1]) report(`${path}/quiz/chooseTwo`, `${name}: the two right answers of a "Choose 2" item must differ.`);
      chooseTwo.forEach((id, j) => {
        if (expected && !expected.includes(id)) report(`${path}/quiz/chooseTwo/${j}`, `${name}: "${id}" is a right answer of its "Choose 2" item but not an expected outcome.`);
      });
    }
    const { single } = scenario;
    if (single !== undefined && expected && !expected.includes(single)) {
      report(`${path}/quiz/single`, `${name}: "${single}" is the right answer of its single-choice item but not an expected outcome.`);
    }
    // The outcomes the quiz shows as right (the single-choice key, the "Choose 2" pair): each needs
    // the scenario's own `right` text, and no other outcome has any. Checked once those keys are
    // settled (read as written, and `expected` agreeing with the tree, holding the keys): a wrong key
    // is reported above, and the text it would need is not a second problem.
    const singleKey = single ?? expected?.[0];
    const rightIds = new Set<string>([...(singleKey === undefined ? [] : [singleKey]), ...(chooseTwo ?? [])]);
    const keysSettled =
      scenario.quizRead && expectedAgrees && expected !== undefined && expected.length > 0 && [...rightIds].every((id) => expected.includes(id) && index.outcomes.has(id));
    if (scenario.id === undefined || !bank.text) continue;
    for (const locale of bank.locales) {
      const record = localeText(bank.text, locale);
      if (record === null) continue;
      const text = own(record, scenario.id);
      const textPath = pointer('text', locale, scenario.id);
      if (!isRecord(text)) {
        report(textPath, text === undefined ? `${name}: no text in locale "${locale}".` : `${name}: the text in locale "${locale}" must be an object, not ${typeName(text)}.`);
        continue;
      }
      for (const key of ['title', 'situation']) {
        if (blank(own(text, key))) report(`${textPath}/${key}`, `${name}: the ${key} is missing or empty in locale "${locale}".`);
      }
      // Plain data holds no `undefined`: a key that is not there means no text yet.
      const distractorText = Object.hasOwn(text, 'distractors') ? text.distractors : {};
      if (!isRecord(distractorText)) {
        report(`${textPath}/distractors`, `${name}: the text of the wrong actions in locale "${locale}" must be an object, not ${typeName(distractorText)}.`);
      } else {
        for (const id of distractorIds) {
          const entry = own(distractorText, id);
          if (entry !== undefined && !isRecord(entry)) {
            report(`${textPath}/distractors${pointer(id)}`, `${name}: the text of wrong action "${id}" in locale "${locale}" must be an object, not ${typeName(entry)}.`);
            continue;
          }
          for (const key of ['text', 'why']) {
            if (blank(isRecord(entry) ? own(entry, key) : undefined)) {
              report(`${textPath}/distractors${pointer(id, key)}`, `${name}: the ${key} of wrong action "${id}" is missing or empty in locale "${locale}".`);
            }
          }
        }
        for (const id of distractorsRead ? Object.keys(distractorText) : []) {
          if (!distractorIds.has(id)) report(`${textPath}/distractors${pointer(id)}`, `${name}: text for a wrong action "${id}" the scenario does not have.`);
        }
      }
      if (!keysSettled) continue;
      const rightText = Object.hasOwn(text, 'right') ? text.right : {};
      if (!isRecord(rightText)) {
        report(`${textPath}/right`, `${name}: the text of the right actions in locale "${locale}" must be an object, not ${typeName(rightText)}.`);
        continue;
      }
      for (const id of rightIds) {
        const entry = own(rightText, id);
        if (entry !== undefined && !isRecord(entry)) {
          report(`${textPath}/right${pointer(id)}`, `${name}: the text of right action "${id}" in locale "${locale}" must be an object, not ${typeName(entry)}.`);
          continue;
        }
        for (const key of ['text', 'why']) {
          if (blank(isRecord(entry) ? own(entry, key) : undefined)) {
            report(`${textPath}/right${pointer(id, key)}`, `${name}: the ${key} of right action "${id}" is missing or empty in locale "${locale}".`);
          }
        }
      }
      for (const id of Object.keys(rightText)) {
        if (!rightIds.has(id)) {
          report(`${textPath}/right${pointer(id)}`, `${name}: text in locale "${locale}" for a right action "${id}", which is not a right answer of the scenario's quiz items.`);
        }
      }
    }
  }
  const competenceIds = new Set<string>();
  for (const item of bank.competences?.items ?? []) {
    const path = pointer('competences', item.index);
    const name = item.label;
    if (item.id !== undefined) {
      if (competenceIds.has(item.id) || ids.has(item.id)) report(`${path}/id`, `The id "${item.id}" is used twice.`);
      competenceIds.add(item.id);
    }
    const optionIds = new Set<string>();
    const optionsRead = allIdsRead(item.options);
    if (item.options) {
      const { items, length } = item.options;
      const right = items.filter((o) => o.correct === true).length;
      if (length !== 5 || right !== 2) report(`${path}/options`, `${name}: a "Choose 2" item has five statements, two of them right (has ${length}, ${right} right).`);
      const withId = items.filter((o) => o.id !== undefined);
      for (const option of withId) optionIds.add(option.id!);
      if (optionIds.size !== withId.length) report(`${path}/options`, `${name}: two statements have one id.`);
      for (const option of items) {
        for (const { value: id, index: k } of option.principles) {
          if (!isPrinciple(id)) report(`${path}/options/${option.index}/principles/${k}`, `${name}: principle "${id}" is not in the tree's catalogue.`);
        }
      }
    }
    if (item.id === undefined || !bank.competenceText) continue;
    for (const locale of bank.locales) {
      const record = localeText(bank.competenceText, locale);
      if (record === null) continue;
      const text = own(record, item.id);
      const textPath = pointer('competenceText', locale, item.id);
      if (!isRecord(text) || blank(own(text, 'question'))) {
        report(textPath, `${name}: no question text in locale "${locale}".`);
        continue;
      }
      const optionText = Object.hasOwn(text, 'options') ? text.options : {};
      if (!isRecord(optionText)) {
        report(`${textPath}/options`, `${name}: the text of the statements in locale "${locale}" must be an object, not ${typeName(optionText)}.`);
        continue;
      }
      for (const id of optionIds) {
        const entry = own(optionText, id);
        if (entry !== undefined && !isRecord(entry)) {
          report(`${textPath}/options${pointer(id)}`, `${name}: the text of "${id}" in locale "${locale}" must be an object, not ${typeName(entry)}.`);
          continue;
        }
        for (const key of ['text', 'why']) {
          if (blank(isRecord(entry) ? own(entry, key) : undefined)) report(`${textPath}/options${pointer(id, key)}`, `${name}: the ${key} of "${id}" is missing or empty in locale "${locale}".`);
        }
      }
      for (const id of optionsRead ? Object.keys(optionText) : []) {
        if (!optionIds.has(id)) report(`${textPath}/options${pointer(id)}`, `${name}: text for a statement "${id}" the item does not have.`);
      }
    }
  }
  checkPrompts(bank, report);
  const locales = bank.localesComplete ? bank.locales : undefined;
  strayText(bank.text, locales, allIdsRead(bank.scenarios) ? ids : undefined, 'text', 'scenario', report);
  strayText(bank.competenceText, locales, allIdsRead(bank.competences) ? competenceIds : undefined, 'competenceText', 'competence item', report);
  strayText(bank.promptText, locales, new Set(PROMPT_KINDS), 'promptText', 'item kind', report);
}

/** The kinds of quiz item, each with its instruction in `promptText`. */
const PROMPT_KINDS = ['single', 'choose-2'] as const;

/** Every locale says what each kind of item asks. */
function checkPrompts(bank: ReadBank, report: BankReport): void {
  if (!bank.promptText) return;
  for (const locale of bank.locales) {
    const record = localeText(bank.promptText, locale);
    if (record === null) continue;
    for (const kind of PROMPT_KINDS) {
      if (blank(own(record, kind))) report(pointer('promptText', locale, kind), `The instruction of a "${kind}" item is missing or empty in locale "${locale}".`);
    }
  }
}

/**
 * Text for a locale the bank does not declare, or for an id it does not have (`locales`, `ids`:
 * `undefined` when some of them could not be read, so stray text cannot be told from the rest).
 */
function strayText(text: ReadText | undefined, locales: readonly string[] | undefined, ids: ReadonlySet<string> | undefined, name: 'text' | 'competenceText' | 'promptText', kind: string, report: BankReport): void {
  if (!text) return;
  const what = { text: 'Text', competenceText: 'Competence text', promptText: 'Instructions' }[name];
  for (const locale of text.locales) {
    if (locales && !locales.includes(locale)) report(pointer(name, locale), `${what} for locale "${locale}", which the bank does not declare.`);
    if (!ids) continue;
    for (const id of Object.keys(text.records.get(locale) ?? {})) {
      if (!ids.has(id)) report(pointer(name, locale, id), `Text for ${kind} "${id}", which the bank does not have.`);
    }
  }
}

/**
 * `validateScenarios(bank, tree)`: every problem of a scenario bank against its tree, each with a
 * JSON Pointer into the bank: unknown ids, answers that do not complete a walk or answer questions
 * the walk does not reach, quiz items that cannot be built, missing text in a locale.
 */
import { answersProblems } from '../answers/check-answers.js';
import { recommend } from '../recommend/recommend.js';
import { indexTree } from '../tree/index-tree.js';
import { isRecord } from '../tree/read-tree.js';
import { pointer } from '../tree/tree-problem.js';
import type { TreeDefinition } from '../tree/tree.types.js';
import type { ScenarioBank } from './scenario.types.js';

export interface ScenarioProblem {
  readonly path: string;
  readonly message: string;
}

export const DISTRACTORS_MIN = 3;
export const DISTRACTORS_MAX = 4;

export function validateScenarios(bank: ScenarioBank, tree: TreeDefinition): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });
  const index = indexTree(tree);
  if (bank.treeId !== tree.id) report('/treeId', `The bank is for tree "${bank.treeId}", not "${tree.id}".`);
  for (const locale of bank.locales) {
    if (!tree.locales.includes(locale)) report('/locales', `Locale "${locale}" is not one of the tree's locales (${tree.locales.join(', ')}).`);
  }
  const ids = new Set<string>();
  bank.scenarios.forEach((scenario, i) => {
    const path = pointer('scenarios', i);
    if (ids.has(scenario.id)) report(`${path}/id`, `Two scenarios have the id "${scenario.id}".`);
    ids.add(scenario.id);
    const answerProblems = answersProblems(index, scenario.answers);
    answerProblems.forEach((message) => report(`${path}/answers`, `${scenario.id}: ${message}`));
    if (answerProblems.length === 0) {
      const result = recommend(tree, scenario.answers);
      if (result.status === 'needs-answer') {
        report(`${path}/answers`, `${scenario.id}: the answers stop short of a recommendation; "${result.question}" has no answer.`);
      } else {
        for (const questionId of Object.keys(scenario.answers)) {
          if (!result.path.includes(questionId)) report(`${path}/answers${pointer(questionId)}`, `${scenario.id}: "${questionId}" is answered but the walk does not reach it.`);
        }
        if (result.outcomes.join() !== scenario.expected.join()) {
          report(`${path}/expected`, `${scenario.id}: expects ${scenario.expected.join(', ')} but the tree recommends ${result.outcomes.join(', ')}.`);
        }
      }
    }
    scenario.expected.forEach((id, j) => {
      if (!index.outcomes.has(id)) report(`${path}/expected/${j}`, `${scenario.id}: "${id}" is not an outcome of the tree.`);
    });
    if (scenario.expected.length === 0) report(`${path}/expected`, `${scenario.id}: expects no outcome.`);
    const { distractors, chooseTwo } = scenario.quiz;
    if (distractors.length < DISTRACTORS_MIN || distractors.length > DISTRACTORS_MAX) {
      report(`${path}/quiz/distractors`, `${scenario.id}: has ${distractors.length} wrong courses of action; give ${DISTRACTORS_MIN} to ${DISTRACTORS_MAX}.`);
    }
    const distractorIds = new Set<string>();
    distractors.forEach((distractor, j) => {
      if (distractorIds.has(distractor.id)) report(`${path}/quiz/distractors/${j}/id`, `${scenario.id}: two wrong courses of action have the id "${distractor.id}".`);
      distractorIds.add(distractor.id);
      distractor.principles.forEach((id, k) => {
        if (tree.principles[id] === undefined) report(`${path}/quiz/distractors/${j}/principles/${k}`, `${scenario.id}: principle "${id}" is not in the tree's catalogue.`);
      });
    });
    if (chooseTwo) {
      if (chooseTwo[0] === chooseTwo[1]) report(`${path}/quiz/chooseTwo`, `${scenario.id}: the two right answers of a "Choose 2" item must differ.`);
      chooseTwo.forEach((id, j) => {
        if (!scenario.expected.includes(id)) report(`${path}/quiz/chooseTwo/${j}`, `${scenario.id}: "${id}" is a right answer of its "Choose 2" item but not an expected outcome.`);
      });
    }
    for (const locale of bank.locales) {
      const text: unknown = bank.text[locale]?.[scenario.id];
      const textPath = pointer('text', locale, scenario.id);
      if (!isRecord(text)) {
        report(textPath, `${scenario.id}: no text in locale "${locale}".`);
        continue;
      }
      for (const key of ['title', 'situation']) {
        if (typeof text[key] !== 'string' || text[key].trim() === '') report(`${textPath}/${key}`, `${scenario.id}: the ${key} is missing or empty in locale "${locale}".`);
      }
      const distractorText = isRecord(text.distractors) ? text.distractors : {};
      for (const id of distractorIds) {
        const entry = distractorText[id];
        for (const key of ['text', 'why']) {
          const value = isRecord(entry) ? entry[key] : undefined;
          if (typeof value !== 'string' || value.trim() === '') {
            report(`${textPath}/distractors${pointer(id, key)}`, `${scenario.id}: the ${key} of wrong action "${id}" is missing or empty in locale "${locale}".`);
          }
        }
      }
      for (const id of Object.keys(distractorText)) {
        if (!distractorIds.has(id)) report(`${textPath}/distractors${pointer(id)}`, `${scenario.id}: text for a wrong action "${id}" the scenario does not have.`);
      }
    }
  });
  const competenceIds = new Set<string>();
  (bank.competences ?? []).forEach((item, i) => {
    const path = pointer('competences', i);
    if (competenceIds.has(item.id) || ids.has(item.id)) report(`${path}/id`, `The id "${item.id}" is used twice.`);
    competenceIds.add(item.id);
    const right = item.options.filter((o) => o.correct).length;
    if (item.options.length !== 5 || right !== 2) report(`${path}/options`, `${item.id}: a "Choose 2" item has five statements, two of them right (has ${item.options.length}, ${right} right).`);
    const optionIds = new Set(item.options.map((o) => o.id));
    if (optionIds.size !== item.options.length) report(`${path}/options`, `${item.id}: two statements have one id.`);
    item.options.forEach((option, j) => {
      option.principles.forEach((id, k) => {
        if (tree.principles[id] === undefined) report(`${path}/options/${j}/principles/${k}`, `${item.id}: principle "${id}" is not in the tree's catalogue.`);
      });
    });
    for (const locale of bank.locales) {
      const text: unknown = bank.competenceText?.[locale]?.[item.id];
      const textPath = pointer('competenceText', locale, item.id);
      if (!isRecord(text) || typeof text.question !== 'string' || text.question.trim() === '') {
        report(textPath, `${item.id}: no question text in locale "${locale}".`);
        continue;
      }
      for (const id of optionIds) {
        const entry = isRecord(text.options) ? text.options[id] : undefined;
        for (const key of ['text', 'why']) {
          const value = isRecord(entry) ? entry[key] : undefined;
          if (typeof value !== 'string' || value.trim() === '') report(`${textPath}/options${pointer(id, key)}`, `${item.id}: the ${key} of "${id}" is missing or empty in locale "${locale}".`);
        }
      }
    }
  });
  for (const locale of Object.keys(bank.text)) {
    if (!bank.locales.includes(locale)) report(pointer('text', locale), `Text for locale "${locale}", which the bank does not declare.`);
    for (const id of Object.keys(bank.text[locale] ?? {})) {
      if (!ids.has(id)) report(pointer('text', locale, id), `Text for scenario "${id}", which the bank does not have.`);
    }
  }
  return problems;
}

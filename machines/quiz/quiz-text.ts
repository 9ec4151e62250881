/** The words of a quiz item in one locale, looked up where they are written once: in the scenario bank. */
import type { ScenarioBank } from '../scenarios/scenario.types.js';
import type { TreeDefinition } from '../tree/tree.types.js';
import type { QuizItem, QuizOption } from './quiz.types.js';

export interface QuizItemText {
  /** The scenario's title, or the competence question. */
  readonly heading: string;
  /** The situation, for scenario items. */
  readonly situation?: string;
}

export interface QuizOptionText {
  readonly text: string;
  /** Why the course of action or competence statement is right or wrong. */
  readonly why?: string;
}

export function itemText(tree: TreeDefinition, bank: ScenarioBank, locale: string, item: QuizItem): QuizItemText {
  if (item.competenceId !== undefined) return { heading: bank.competenceText![locale]![item.competenceId]!.question };
  const scenario = bank.text[locale]![item.scenarioId!]!;
  return { heading: scenario.title, situation: scenario.situation };
}

export function optionText(tree: TreeDefinition, bank: ScenarioBank, locale: string, option: QuizOption): QuizOptionText {
  const source = option.source;
  switch (source.kind) {
    case 'outcome':
      return bank.text[locale]![source.scenarioId]!.right[source.outcomeId]!;
    case 'distractor':
      return bank.text[locale]![source.scenarioId]!.distractors[source.distractorId]!;
    case 'competence':
      return bank.competenceText![locale]![source.itemId]!.options[source.optionId]!;
  }
}

/**
 * The quiz's item pool from a scenario bank and its tree: every item the bank gives, its options
 * in a fixed order (right ones first) with ids that name their source. Attempts draw from it
 * (draw-items.ts), which shuffles the options and gives them opaque ids.
 */
import type { ScenarioBank } from '../scenarios/scenario.types.js';
import type { TreeDefinition } from '../tree/tree.types.js';
import type { QuizItem, QuizOption } from './quiz.types.js';

/** Options of a "Choose 2" item: two right and three wrong. */
export const CHOOSE_TWO_OPTIONS = 5;

/** A right option: the outcome, in the words the scenario gives it (its `right` text). */
function outcomeOption(tree: TreeDefinition, scenarioId: string, outcomeId: string): QuizOption {
  const principles = tree.outcomes.find((o) => o.id === outcomeId)?.principles ?? [];
  return { id: `outcome:${outcomeId}`, correct: true, source: { kind: 'outcome', scenarioId, outcomeId }, principles };
}

/** Every item the bank gives, options in a fixed order (right ones first). */
export function itemPool(tree: TreeDefinition, bank: ScenarioBank): QuizItem[] {
  const items: QuizItem[] = [];
  for (const scenario of bank.scenarios) {
    const wrong: QuizOption[] = scenario.quiz.distractors.map((d) => ({
      id: `wrong:${d.id}`,
      correct: false,
      source: { kind: 'distractor', scenarioId: scenario.id, distractorId: d.id },
      principles: d.principles,
    }));
    // The single-choice key: the situation's lesson, the primary outcome unless `quiz.single` says otherwise.
    const key = scenario.quiz.single ?? scenario.expected[0];
    if (key !== undefined) {
      items.push({ id: `${scenario.id}:single`, kind: 'single', scenarioId: scenario.id, options: [outcomeOption(tree, scenario.id, key), ...wrong] });
    }
    if (scenario.quiz.chooseTwo) {
      const right = scenario.quiz.chooseTwo.map((id) => outcomeOption(tree, scenario.id, id));
      items.push({ id: `${scenario.id}:choose-2`, kind: 'choose-2', scenarioId: scenario.id, options: [...right, ...wrong.slice(0, CHOOSE_TWO_OPTIONS - 2)] });
    }
  }
  for (const competence of bank.competences ?? []) {
    items.push({
      id: competence.id,
      kind: 'choose-2',
      competenceId: competence.id,
      options: competence.options.map((o) => ({ id: o.id, correct: o.correct, source: { kind: 'competence', itemId: competence.id, optionId: o.id }, principles: o.principles })),
    });
  }
  return items;
}

/**
 * The situation an item is of, for "one per attempt": its scenario's family of alike situations,
 * else its scenario; `undefined` for a competence item, which is a situation of its own.
 */
export function situationOf(bank: ScenarioBank): (item: QuizItem) => string | undefined {
  const families = new Map(bank.scenarios.map((s) => [s.id, s.family]));
  return (item) => (item.scenarioId === undefined ? undefined : (families.get(item.scenarioId) ?? item.scenarioId));
}

/**
 * The quiz's item pool from a scenario bank and its tree, and a drawn attempt: N items with the
 * options shuffled, reproducible from a seed. At most one item per scenario in an attempt, so a
 * "Choose 2" item never gives away the single-choice item of the same situation.
 */
import type { ScenarioBank } from '../scenarios/scenario.types.js';
import type { TreeDefinition } from '../tree/tree.types.js';
import { seededRandom, shuffled } from './random.js';
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
      items.push({ id: `${scenario.id}:choose-two`, kind: 'choose-two', scenarioId: scenario.id, options: [...right, ...wrong.slice(0, CHOOSE_TWO_OPTIONS - 2)] });
    }
  }
  for (const competence of bank.competences ?? []) {
    items.push({
      id: competence.id,
      kind: 'choose-two',
      competenceId: competence.id,
      options: competence.options.map((o) => ({ id: o.id, correct: o.correct, source: { kind: 'competence', itemId: competence.id, optionId: o.id }, principles: o.principles })),
    });
  }
  return items;
}

export interface DrawOptions {
  /** How many items (at most one per scenario; fewer if the pool has fewer). */
  readonly count: number;
  /** Any text; the same seed draws the same items in the same order with the same option order. */
  readonly seed: string;
}

/** An attempt: `count` items from the pool in random order, each with its options shuffled. */
export function drawAttempt(pool: readonly QuizItem[], { count, seed }: DrawOptions): QuizItem[] {
  const random = seededRandom(seed);
  const drawn: QuizItem[] = [];
  const scenarios = new Set<string>();
  for (const item of shuffled(pool, random)) {
    if (drawn.length >= count) break;
    if (item.scenarioId !== undefined && scenarios.has(item.scenarioId)) continue;
    if (item.scenarioId !== undefined) scenarios.add(item.scenarioId);
    drawn.push({ ...item, options: shuffled(item.options, random) });
  }
  return drawn;
}

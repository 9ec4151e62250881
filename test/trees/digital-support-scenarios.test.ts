/** The scenario bank: each scenario replays through `recommend` and through the machine, with one result. */
import { describe, expect, it } from 'vitest';
import { compileTree, itemPool, recommend, validateScenarios } from '../../machines/index.js';
import { optionText } from '../../machines/quiz/quiz-text.js';
import { isPseudoLocale } from '../../scripts/pseudo-locale.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';
import { OUTCOME_IDS } from '../../machines/trees/digital-support/contract-ids.js';
import { expectationFor } from '../support/contract-rules.js';
import { walk } from '../support/drive.js';

const machine = compileTree(tree);

describe('the digital-support scenario bank', () => {
  it('is valid against the tree', () => {
    expect(validateScenarios(scenarios, tree)).toEqual([]);
  });

  it('has at least 40 scenarios: four attempts of ten items, none repeated', () => {
    expect(scenarios.scenarios.length).toBeGreaterThanOrEqual(40);
  });

  it('carries a version, so a stored attempt from another bank is dropped', () => {
    expect(scenarios.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  // A test-wise learner picks the longest option. By chance the longest option of an item is a
  // right one in (right options / options) of the items; the bank stays within 15 % of that in
  // every language, so length gives nothing away.
  it.each(tree.locales.filter((l) => !isPseudoLocale(l)))('does not make the right answer the longest option in %s', (locale) => {
    const items = itemPool(tree, scenarios).filter((item) => item.scenarioId !== undefined);
    const chance = items.reduce((sum, item) => sum + item.options.filter((o) => o.correct).length / item.options.length, 0);
    const longestIsRight = items.filter((item) => {
      const lengths = item.options.map((o) => optionText(tree, scenarios, locale, o).text.length);
      return item.options[lengths.indexOf(Math.max(...lengths))]!.correct;
    }).length;
    expect(longestIsRight, `${longestIsRight} of ${items.length} items; by chance ${chance.toFixed(1)}`).toBeLessThanOrEqual(Math.floor(chance * 1.15));
  });

  it('shows every outcome in at least two scenarios', () => {
    const counts = Object.fromEntries(OUTCOME_IDS.map((id) => [id, scenarios.scenarios.filter((s) => s.expected.includes(id)).length]));
    expect(Object.entries(counts).filter(([, n]) => n < 2)).toEqual([]);
  });

  it('has "Choose 2" items for situations that call for two actions', () => {
    const chooseTwo = scenarios.scenarios.filter((s) => s.quiz.chooseTwo);
    expect(chooseTwo.length).toBeGreaterThanOrEqual(10);
    for (const s of chooseTwo) expect(s.expected.length, s.id).toBeGreaterThanOrEqual(2);
  });

  it('gives every scenario a situation in every locale of the tree', () => {
    expect([...scenarios.locales].sort()).toEqual([...tree.locales].sort());
  });

  describe.each(scenarios.scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    it('expects what the contract requires for its answers', () => {
      const expected = expectationFor(scenario.answers);
      expect(new Set(scenario.expected)).toEqual(expected.outcomes);
      if (expected.first) expect(scenario.expected[0]).toBe(expected.first);
    });

    it('replays through recommend and through the machine with the same result', () => {
      const pure = recommend(tree, scenario.answers);
      expect(pure).toMatchObject({ status: 'complete', outcomes: scenario.expected });
      const snapshot = walk(machine, scenario.answers);
      expect(snapshot.hasTag('result')).toBe(true);
      expect(snapshot.context.recommendation).toEqual(scenario.expected);
      expect(snapshot.context.path).toEqual(pure.path);
    });
  });
});

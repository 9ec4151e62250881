/**
 * Measured resistance to test-wiseness: can the badge quiz be passed without reading the
 * situations? In each of fi, sv and en, 400 simulated learners each take attempts 1 to 4 of
 * their own seed, through the public `drawAttempt`, and remember across attempts every option
 * text the feedback showed them as right. For each item a learner picks as many options as the
 * item needs ("Choose 2": two), first among texts it remembers as right, then the longest of the
 * rest, then at random. It never reads a situation. On attempt 4 they must average at most 4 of
 * 10 and at most 2 % may pass with 10 of 10; across the bank no option text is right in more than
 * two items. The figures are printed for the closing note.
 */
import { describe, expect, it } from 'vitest';
import { drawAttempt, itemPool, optionText, type AttemptItem } from '../../machines/index.js';
import { seededRandom, shuffled } from '../../machines/quiz/random.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';

const LEARNERS = 400;
const ATTEMPTS = 4;
const ITEMS = 10;

/** The options a learner who never reads the situation picks for `item`. */
function testWisePick(item: AttemptItem, rememberedRight: ReadonlySet<string>, random: () => number): string[] {
  const needed = item.kind === 'single' ? 1 : 2;
  return shuffled(item.options, random) // ties are broken at random
    .map((option) => ({ option, remembered: rememberedRight.has(option.text), length: option.text.length }))
    .sort((a, b) => Number(b.remembered) - Number(a.remembered) || b.length - a.length)
    .slice(0, needed)
    .map(({ option }) => option.id);
}

const isRight = (item: AttemptItem, chosen: readonly string[]) => {
  const right = item.options.filter((o) => o.right).map((o) => o.id);
  return chosen.length === right.length && right.every((id) => chosen.includes(id));
};

/** Every attempt's scores and full-marks count, for 400 learners in `locale`. */
function simulate(locale: string): { mean: number[]; full: number[] } {
  const totals = Array<number>(ATTEMPTS).fill(0);
  const full = Array<number>(ATTEMPTS).fill(0);
  for (let learner = 0; learner < LEARNERS; learner++) {
    const seed = `learner ${learner}`;
    const rememberedRight = new Set<string>();
    const random = seededRandom(`picks of ${seed} in ${locale}`);
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const items = drawAttempt(tree, scenarios, { seed, attempt, count: ITEMS, locale });
      expect(items.length).toBe(ITEMS);
      const score = items.filter((item) => isRight(item, testWisePick(item, rememberedRight, random))).length;
      // The feedback shows every item's right options, whatever was picked.
      for (const item of items) for (const option of item.options) if (option.right) rememberedRight.add(option.text);
      totals[attempt - 1]! += score;
      if (score === ITEMS) full[attempt - 1]!++;
    }
  }
  return { mean: totals.map((t) => t / LEARNERS), full: full.map((f) => f / LEARNERS) };
}

describe('resistance to test-wiseness', () => {
  it.each(['fi', 'sv', 'en'])('keeps learners who never read the situations from passing (%s)', (locale) => {
    const { mean, full } = simulate(locale);
    console.log(`${locale}: mean score by attempt ${mean.map((m) => m.toFixed(2)).join(', ')} of ${ITEMS}; 10 of 10: ${full.map((f) => `${(f * 100).toFixed(1)} %`).join(', ')}`);
    expect(mean[ATTEMPTS - 1]).toBeLessThanOrEqual(4);
    expect(full[ATTEMPTS - 1]).toBeLessThanOrEqual(0.02);
  });

  it.each(['fi', 'sv', 'en'])('uses no option text as the right answer of more than two items (%s)', (locale) => {
    const items = new Map<string, Set<string>>();
    for (const item of itemPool(tree, scenarios)) {
      for (const option of item.options.filter((o) => o.correct)) {
        const text = optionText(tree, scenarios, locale, option).text;
        items.set(text, (items.get(text) ?? new Set()).add(item.id));
      }
    }
    expect([...items].filter(([, ids]) => ids.size > 2).map(([text]) => text)).toEqual([]);
  });

  it('would catch a bank whose right answers are the longest options (a check that can fail)', () => {
    // The same learners against a bank where every right option is padded to be the longest.
    const padded = structuredClone(scenarios) as unknown as { text: Record<string, Record<string, { right: Record<string, { text: string }> }>> };
    for (const byScenario of Object.values(padded.text)) {
      for (const scenario of Object.values(byScenario)) for (const right of Object.values(scenario.right)) right.text = `${right.text} ${'x'.repeat(400)}`;
    }
    const random = seededRandom('padded');
    let score = 0;
    const items = drawAttempt(tree, padded as unknown as typeof scenarios, { seed: 'padded', attempt: 1, count: ITEMS, locale: 'en' });
    for (const item of items.filter((i) => i.kind === 'single')) if (isRight(item, testWisePick(item, new Set(), random))) score++;
    expect(score).toBe(items.filter((i) => i.kind === 'single').length);
  });
});

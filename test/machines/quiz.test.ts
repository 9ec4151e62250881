import { initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import {
  currentItem,
  drawAttempt,
  drawItems,
  isAnsweredRight,
  maxItemCount,
  itemPool,
  optionText,
  quizMachine,
  scoreAttempt,
  XAPI_VERBS,
  xapiStatement,
  type QuizEvent,
  type QuizItem,
  type ScenarioBank,
  type ScenarioDefinition,
} from '../../machines/index.js';
import { OUTCOME_IDS } from '../../machines/trees/digital-support/contract-ids.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';

const pool = itemPool(tree, scenarios);
const right = (item: QuizItem) => item.options.filter((o) => o.correct).map((o) => o.id);
const wrong = (item: QuizItem) => item.options.filter((o) => !o.correct).map((o) => o.id);

describe('the item pool', () => {
  it('covers every outcome of the tree as a right answer', () => {
    const covered = new Set(pool.flatMap((i) => i.options.filter((o) => o.correct && o.source.kind === 'outcome').map((o) => (o.source.kind === 'outcome' ? o.source.outcomeId : ''))));
    expect([...OUTCOME_IDS].filter((id) => !covered.has(id))).toEqual([]);
  });

  it('gives each "Choose the right course of action" item 3-5 options, one right: the primary outcome unless `quiz.single` names another', () => {
    for (const item of pool.filter((i) => i.kind === 'single')) {
      expect(item.options.length, item.id).toBeGreaterThanOrEqual(3);
      expect(item.options.length, item.id).toBeLessThanOrEqual(5);
      const scenario: ScenarioDefinition = scenarios.scenarios.find((s) => s.id === item.scenarioId)!;
      expect(right(item)).toEqual([`outcome:${scenario.quiz.single ?? scenario.expected[0]}`]);
    }
  });

  it('keys the single-choice item on `quiz.single` where the bank gives one', () => {
    const bank = structuredClone(scenarios) as unknown as { scenarios: { id: string; quiz: { single?: string } }[] };
    const sc13 = bank.scenarios.find((s) => s.id === 'SC13')!;
    sc13.quiz.single = 'no-supporter-device-login';
    const single = itemPool(tree, bank as unknown as ScenarioBank).find((i) => i.id === 'SC13:single')!;
    expect(right(single)).toEqual(['outcome:no-supporter-device-login']);
    expect(single.options[0]!.source).toEqual({ kind: 'outcome', scenarioId: 'SC13', outcomeId: 'no-supporter-device-login' });
  });

  it('shows each right option in the words its scenario gives it, with why, not the outcome\'s generic action', () => {
    for (const item of pool.filter((i) => i.scenarioId !== undefined)) {
      for (const option of item.options.filter((o) => o.source.kind === 'outcome')) {
        const source = option.source as { scenarioId: string; outcomeId: string };
        for (const locale of scenarios.locales) {
          const written = scenarios.text[locale]![source.scenarioId]!.right[source.outcomeId]!;
          expect(optionText(tree, scenarios, locale, option), `${item.id} ${option.id} ${locale}`).toEqual(written);
          expect(written.text, `${item.id} ${option.id} ${locale}`).not.toBe(tree.text[locale]!.outcomes[source.outcomeId]!.action);
          expect(written.why.trim(), `${item.id} ${option.id} ${locale}`).not.toBe('');
        }
      }
    }
  });

  it('uses no right-option text in more than two items', () => {
    for (const locale of scenarios.locales) {
      const uses = new Map<string, string[]>();
      for (const item of pool) {
        for (const option of item.options.filter((o) => o.correct && o.source.kind === 'outcome')) {
          const text = optionText(tree, scenarios, locale, option).text;
          uses.set(text, [...(uses.get(text) ?? []), item.id]);
        }
      }
      expect([...uses].filter(([, items]) => items.length > 2), locale).toEqual([]);
    }
  });

  it('gives each "Choose 2" item exactly two right among five', () => {
    const chooseTwo = pool.filter((i) => i.kind === 'choose-2');
    expect(chooseTwo.length).toBeGreaterThanOrEqual(10);
    for (const item of chooseTwo) {
      expect(item.options.length, item.id).toBe(5);
      expect(right(item).length, item.id).toBe(2);
    }
  });

  it('repeats no option within an item and writes no text of its own', () => {
    for (const item of pool) {
      expect(new Set(item.options.map((o) => o.id)).size, item.id).toBe(item.options.length);
      expect(new Set(item.options.map((o) => JSON.stringify(o.source))).size, item.id).toBe(item.options.length);
      for (const option of item.options) {
        const source = option.source;
        if (source.kind === 'outcome') expect(scenarios.text.en![source.scenarioId]!.right[source.outcomeId]?.text, option.id).toBeTruthy();
        if (source.kind === 'distractor') expect(scenarios.text.en![source.scenarioId]!.distractors[source.distractorId]?.text, option.id).toBeTruthy();
        if (source.kind === 'competence') expect(scenarios.competenceText!.en![source.itemId]!.options[source.optionId]?.text, option.id).toBeTruthy();
      }
    }
  });
});

describe('drawItems: the items of one attempt', () => {
  const draw = (seed: string, attempt = 1, count = 10) => drawItems(tree, scenarios, { seed, attempt, count });
  /** Every locale's texts of an item's right options. */
  const rightTexts = (item: QuizItem) => item.options.filter((o) => o.correct).flatMap((o) => scenarios.locales.map((l) => optionText(tree, scenarios, l, o).text));

  it('draws the asked number of items, at most one per situation and no right-answer text twice (in any language)', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      for (const attempt of [1, 2, 3, 4, 5]) {
        const items = draw(seed, attempt);
        expect(items.length).toBe(10);
        const situations = items.map((i) => i.scenarioId).filter(Boolean);
        expect(new Set(situations).size, `${seed} ${attempt}`).toBe(situations.length);
        const texts = items.flatMap((item) => [...new Set(rightTexts(item))]);
        expect(new Set(texts).size, `${seed} ${attempt}`).toBe(texts.length);
      }
    }
  });

  it('is reproducible from the seed and the attempt, and differs between seeds and between attempts', () => {
    const a = draw('training-2026-11');
    expect(draw('training-2026-11')).toEqual(a);
    expect(draw('training-2026-12').map((i) => i.id)).not.toEqual(a.map((i) => i.id));
    expect(draw('training-2026-11', 2).map((i) => i.id)).not.toEqual(a.map((i) => i.id));
  });

  it('shares no item between attempts 1 to 4 of a seed, and uses every item before one comes back', () => {
    for (let s = 0; s < 50; s++) {
      const seen = new Set<string>();
      for (let attempt = 1; attempt <= 4; attempt++) {
        for (const item of draw(`seed-${s}`, attempt)) {
          expect(seen.has(item.id), `seed-${s} attempt ${attempt}: ${item.id} again`).toBe(false);
          seen.add(item.id);
        }
      }
    }
    // Further attempts take unused items first: one item comes back only once (nearly) all have been drawn.
    const seen: string[] = [];
    for (let attempt = 1; seen.length < pool.length - 10; attempt++) seen.push(...draw('long', attempt).map((i) => i.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('shows each item’s options in a new order per attempt, each keeping its letter in every attempt and for every learner (issue 17 item 2)', () => {
    const sources = (item: QuizItem) => item.options.map((o) => JSON.stringify(o.source)).sort();
    const letters = (item: QuizItem) => Object.fromEntries(item.options.map((o) => [JSON.stringify(o.source), o.id]));
    let moved = 0;
    const first = new Map<string, QuizItem>();
    for (const item of [...draw('shuffle', 1, 40), ...draw('shuffle', 2, 40), ...draw('another learner', 1, 40), ...draw('another learner', 9, 40)]) {
      const original = pool.find((i) => i.id === item.id)!;
      expect(sources(item)).toEqual(sources(original));
      expect([...item.options.map((o) => o.id)].sort()).toEqual([...'abcde'].slice(0, item.options.length));
      const seen = first.get(item.id);
      if (seen) {
        expect(letters(item), `${item.id}: the same letters whatever the seed and attempt`).toEqual(letters(seen));
        if (item.options.map((o) => o.id).join() !== seen.options.map((o) => o.id).join()) moved++;
      } else first.set(item.id, item);
    }
    expect(moved, 'shown in a new order').toBeGreaterThan(0);
    // The right options' letters are spread over the letters by each item's own order: no letter is the key.
    const rightLetters = [...first.values()].flatMap((item) => item.options.filter((o) => o.correct).map((o) => o.id));
    for (const letter of 'abcde') expect(rightLetters.filter((l) => l === letter).length, letter).toBeGreaterThan(rightLetters.length / 10);
    // The right option is at every position on screen somewhere, not always first.
    const positions = new Set(draw('positions', 1, 40).flatMap((item) => item.options.flatMap((o, i) => (o.correct ? [i] : []))));
    expect([...positions].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('draws a tampered attempt number as cheaply as an early one, and the same for the same number', () => {
    const huge = Number.MAX_SAFE_INTEGER;
    expect(draw('tampered', huge).length).toBe(10);
    expect(draw('tampered', huge)).toEqual(draw('tampered', huge));
    expect(draw('tampered', 10_000_000).map((i) => i.id)).not.toEqual(draw('tampered', 10_000_001).map((i) => i.id));
    expect(() => draw('tampered', huge + 1)).toThrow(RangeError);
    expect(() => draw('tampered', Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('draws fewer when asked for more items than there are distinct situations, a family of alike situations counting once', () => {
    expect(draw('x', 1, 500).length).toBe(maxItemCount(tree, scenarios));
  });

  it('draws at most one situation of a family in an attempt (two tax-refund text messages never together; issue 17 item 5)', () => {
    const familyOf = new Map(scenarios.scenarios.map((s) => [s.id, s.family]));
    for (let s = 0; s < 200; s++) {
      for (const attempt of [1, 2, 3]) {
        const families = draw(`family-${s}`, attempt).flatMap((item) => (item.scenarioId && familyOf.get(item.scenarioId) ? [familyOf.get(item.scenarioId)!] : []));
        expect(new Set(families).size, `family-${s} attempt ${attempt}: ${families.join(', ')}`).toBe(families.length);
      }
    }
    expect(familyOf.get('SC11')).toBe(familyOf.get('SC23'));
  });

  it('refuses an attempt or a count that is not a whole number from 1', () => {
    for (const attempt of [0, -1, 1.5, Number.NaN]) expect(() => draw('x', attempt), String(attempt)).toThrow(RangeError);
    for (const count of [0, 2.5]) expect(() => draw('x', 1, count), String(count)).toThrow(RangeError);
  });
});

describe('drawAttempt: an attempt as localized data (the public quiz engine)', () => {
  it('gives each item its situation, the badge’s instruction and the options with text, right and why', () => {
    const items = drawItems(tree, scenarios, { seed: 'public', attempt: 2, count: 10 });
    for (const locale of ['fi', 'sv', 'en']) {
      const attempt = drawAttempt(tree, scenarios, { seed: 'public', attempt: 2, count: 10, locale });
      expect(attempt.map((i) => i.id)).toEqual(items.map((i) => i.id));
      attempt.forEach((item, n) => {
        const drawn = items[n]!;
        expect(item.kind).toBe(drawn.kind);
        expect(item.prompt).toBe(scenarios.promptText[locale]![drawn.kind]);
        if (drawn.scenarioId) {
          expect(item.title).toBe(scenarios.text[locale]![drawn.scenarioId]!.title);
          expect(item.situation).toBe(scenarios.text[locale]![drawn.scenarioId]!.situation);
        } else {
          expect(item.title).toBe(scenarios.competenceText![locale]![drawn.competenceId!]!.question);
          expect(item.situation).toBeUndefined();
        }
        expect(item.options).toEqual(drawn.options.map((o) => ({ id: o.id, ...optionText(tree, scenarios, locale, o), right: o.correct, principles: o.principles })));
        expect(item.options.filter((o) => o.right).length).toBe(item.kind === 'single' ? 1 : 2);
      });
    }
    expect(drawAttempt(tree, scenarios, { seed: 'public', attempt: 2, count: 10, locale: 'en' })[0]!.prompt).toMatch(/^Choose (the right course of action|2)\.$/);
  });

  it('refuses a locale the bank lacks', () => {
    expect(() => drawAttempt(tree, scenarios, { seed: 'x', attempt: 1, count: 3, locale: 'de' })).toThrow(/locale "de" is not one of the bank's \(fi, sv, en, en-XA\)/);
  });
});

describe('scoring', () => {
  const single = pool.find((i) => i.kind === 'single')!;
  const two = pool.find((i) => i.kind === 'choose-2')!;

  it('counts an item right only when exactly its right options are chosen', () => {
    expect(isAnsweredRight(single, right(single))).toBe(true);
    expect(isAnsweredRight(single, [wrong(single)[0]!])).toBe(false);
    expect(isAnsweredRight(two, right(two))).toBe(true);
    expect(isAnsweredRight(two, [right(two)[0]!])).toBe(false);
    expect(isAnsweredRight(two, [right(two)[0]!, wrong(two)[0]!])).toBe(false);
    expect(isAnsweredRight(two, [...right(two), wrong(two)[0]!])).toBe(false);
    expect(isAnsweredRight(two, undefined)).toBe(false);
  });

  it('passes only with every item right by default, or with pass-score items', () => {
    const responses = { [single.id]: right(single), [two.id]: [wrong(two)[0]!, wrong(two)[1]!] };
    expect(scoreAttempt([single, two], responses)).toMatchObject({ score: 1, total: 2, pass: false, passScore: 2 });
    expect(scoreAttempt([single, two], responses, 1)).toMatchObject({ score: 1, pass: true, passScore: 1 });
    expect(scoreAttempt([single, two], { [single.id]: right(single), [two.id]: right(two) })).toMatchObject({ score: 2, pass: true });
  });

  it('builds an xAPI statement without an actor, for the host to complete', () => {
    const score = scoreAttempt([single, two], { [single.id]: right(single) });
    const statement = xapiStatement(score, { activityId: 'urn:digituki:quiz:digital-support', name: 'Digital Supporter', locale: 'fi', timestamp: new Date('2026-11-23T10:00:00Z') });
    expect(statement).toMatchObject({
      verb: { id: XAPI_VERBS.failed },
      object: { objectType: 'Activity', id: 'urn:digituki:quiz:digital-support', definition: { type: 'http://adlnet.gov/expapi/activities/assessment' } },
      result: { score: { raw: 1, min: 0, max: 2, scaled: 0.5 }, success: false, completion: true },
      context: { language: 'fi' },
      timestamp: '2026-11-23T10:00:00.000Z',
    });
    expect(statement).not.toHaveProperty('actor');
  });
});

describe('the quiz machine', () => {
  const items = drawItems(tree, scenarios, { seed: 'machine', attempt: 1, count: 2 });

  it('goes intro → item → feedback → item → feedback → result on every path', () => {
    const paths = getShortestPaths(quizMachine, {
      input: { items },
      events: (snapshot): QuizEvent[] => {
        if (snapshot.hasTag('intro')) return [{ type: 'start' }];
        if (snapshot.hasTag('feedback')) return [{ type: 'next' }];
        const item = currentItem(snapshot.context);
        if (!snapshot.hasTag('item') || !item) return [];
        const ids = item.options.map((o) => o.id);
        const choices = item.kind === 'single' ? ids.map((id) => [id]) : ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b]));
        return choices.map((optionIds): QuizEvent => ({ type: 'answer', optionIds }));
      },
      toState: (snapshot) => snapshot.hasTag('result'),
    }).filter((p) => p.state.hasTag('result'));
    const perItem = (item: QuizItem) => (item.kind === 'single' ? item.options.length : (item.options.length * (item.options.length - 1)) / 2);
    expect(paths.length).toBe(perItem(items[0]!) * perItem(items[1]!));
    const byScore = new Map<number, number>();
    for (const path of paths) {
      const tags = path.steps.map((s) => [...s.state.tags][0]);
      expect(tags).toEqual(['intro', 'item', 'feedback', 'item', 'feedback', 'result']);
      // The score from the answers the path gave: an item is right when exactly its right options were chosen.
      const answered = path.steps.flatMap((s) => (s.event.type === 'answer' ? [[...s.event.optionIds].sort()] : []));
      const rightEach = items.map((item, i) => JSON.stringify(answered[i]) === JSON.stringify(right(item).sort()));
      const expected = rightEach.filter(Boolean).length;
      expect(path.state.context.score).toMatchObject({ score: expected, total: 2, pass: expected === 2, items: items.map((item, i) => ({ id: item.id, correct: rightEach[i] })) });
      byScore.set(expected, (byScore.get(expected) ?? 0) + 1);
    }
    // One right choice per item: one path scores 2, the paths with one item wrong score 1, the rest 0.
    const [n1, n2] = [perItem(items[0]!), perItem(items[1]!)];
    expect(Object.fromEntries(byScore)).toEqual({ 2: 1, 1: n1 - 1 + (n2 - 1), 0: (n1 - 1) * (n2 - 1) });
  });

  it('refuses answers with the wrong number of options or options of another item', () => {
    let snapshot = transition(quizMachine, initialTransition(quizMachine, { items })[0], { type: 'start' })[0];
    const item = currentItem(snapshot.context)!;
    const count = item.kind === 'single' ? 1 : 2;
    const first = item.options[0]!.id;
    for (const optionIds of [[], item.options.slice(0, count + 1).map((o) => o.id), ['nope'], [first, first]]) {
      expect(snapshot.can({ type: 'answer', optionIds }), JSON.stringify(optionIds)).toBe(false);
    }
    snapshot = transition(quizMachine, snapshot, { type: 'answer', optionIds: item.options.slice(0, count).map((o) => o.id) })[0];
    expect(snapshot.hasTag('feedback')).toBe(true);
  });

  it('retakes from the first item with fresh items and no answers', () => {
    let snapshot = initialTransition(quizMachine, { items })[0];
    snapshot = transition(quizMachine, snapshot, { type: 'start' })[0];
    for (const item of items) {
      snapshot = transition(quizMachine, snapshot, { type: 'answer', optionIds: right(item) })[0];
      snapshot = transition(quizMachine, snapshot, { type: 'next' })[0];
    }
    expect(snapshot.context.score).toMatchObject({ score: 2, pass: true });
    const fresh = drawItems(tree, scenarios, { seed: 'again', attempt: 1, count: 3 });
    snapshot = transition(quizMachine, snapshot, { type: 'retake', items: fresh })[0];
    expect(snapshot.hasTag('item')).toBe(true);
    expect(snapshot.context).toMatchObject({ items: fresh, index: 0, responses: {}, score: null });
  });
});

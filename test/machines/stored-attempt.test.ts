/**
 * What `persist` keeps of a quiz attempt: `storedAttempt` from the machine's context, and
 * `parseStoredAttempt` back to the items and the events that replay it, through JSON as
 * sessionStorage holds it. Corrupted, stale (another bank version), foreign values and values
 * made for other settings than the page's give `undefined`.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawItems, itemPool, parseStoredAttempt, quizMachine, storedAttempt, type QuizEvent, type QuizItem, type QuizSettings, type StoredAttempt } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';

// parseStoredAttempt draws again from the whole bank, so these tests draw as the element does.
// Nothing below depends on which items the seed draws or on which letters the shuffle gave their
// options: answers pick options by `correct`, and the cases that need an item of one kind find it.
const seed = 'view-2';
const bankVersion = scenarios.version;
const items = drawItems(tree, scenarios, { seed, attempt: 1, count: 3 });
/** The draw of the first attempt, as `storedAttempt` is told it. */
const draw = { bankVersion, seed, attempt: 1 };

type Snapshot = SnapshotFrom<typeof quizMachine>;

function replay(events: readonly QuizEvent[], attempt: readonly QuizItem[] = items, passScore?: number): Snapshot {
  let [snapshot] = initialTransition(quizMachine, { items: attempt, passScore });
  for (const event of events) {
    const next = transition(quizMachine, snapshot, event)[0];
    expect(next, `${JSON.stringify(event)} is refused`).not.toBe(snapshot);
    snapshot = next;
  }
  return snapshot;
}

/** As sessionStorage gives it back. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The page's settings: three items, `passScore`, no seed of its own unless `more` gives one. */
const page = (passScore: number, more: Partial<QuizSettings> = {}): QuizSettings => ({ count: 3, passScore, seed: undefined, ...more });

/** `value` through JSON, parsed against the default bank for `settings`. */
const parse = (value: unknown, settings: QuizSettings) => parseStoredAttempt(throughJson(value), tree, scenarios, settings);

const optionIds = (item: QuizItem, correct: boolean): string[] => item.options.filter((o) => o.correct === correct).map((o) => o.id);
/** The right answer: the item's right options (one or two), the last first (the order chosen does not matter). */
const rightOf = (item: QuizItem): string[] => optionIds(item, true).reverse();
/** A wrong answer: a wrong option in place of the first right one (for "Choose 2", one right and one wrong). */
const wrongOf = (item: QuizItem): string[] => [optionIds(item, false)[0]!, ...optionIds(item, true).slice(1)];

/** The position of the first item of `kind` drawn; the cases below need one of each. */
function firstOfKind(kind: QuizItem['kind']): number {
  const i = items.findIndex((item) => item.kind === kind);
  if (i < 0) throw new Error(`seed ${seed} draws no ${kind} item: pick a seed that draws both kinds`);
  return i;
}
const single = firstOfKind('single');
const chooseTwo = firstOfKind('choose-2');

const start: QuizEvent = { type: 'start' };
const next: QuizEvent = { type: 'next' };
const answer = (optionIds: readonly string[]): QuizEvent => ({ type: 'answer', optionIds });
const first = answer(rightOf(items[0]!));
const second = answer(wrongOf(items[1]!));
const third = answer(rightOf(items[2]!));

beforeAll(() => {
  expect(items).toHaveLength(3);
  // Answers are made of the drawn options' ids, not of ids that name their source.
  expect(items.flatMap((item) => item.options.map((o) => o.id)).filter((id) => !/^[a-e]$/.test(id))).toEqual([]);
});

describe('storedAttempt', () => {
  it('keeps the bank version, the seed, the attempt, the count, the pass score, the answers and the items moved past', () => {
    expect(storedAttempt(replay([start, first, next, second], items, 2).context, draw)).toEqual({
      bankVersion,
      seed,
      attempt: 1,
      count: 3,
      passScore: 2,
      responses: { [items[0]!.id]: rightOf(items[0]!), [items[1]!.id]: wrongOf(items[1]!) },
      done: 1,
    });
  });

  it('keeps the attempt it is told', () => {
    expect(storedAttempt(replay([]).context, { ...draw, attempt: 4 })).toMatchObject({ attempt: 4 });
  });

  it('counts every item as done at the result, and none at the intro', () => {
    expect(storedAttempt(replay([start, first, next, second, next, third, next]).context, draw)).toMatchObject({ done: 3 });
    expect(storedAttempt(replay([]).context, draw)).toEqual({ ...draw, count: 3, passScore: 3, responses: {}, done: 0 });
  });
});

describe('parseStoredAttempt', () => {
  const valid: StoredAttempt = {
    ...draw,
    count: 3,
    passScore: 2,
    responses: { [items[0]!.id]: rightOf(items[0]!), [items[1]!.id]: wrongOf(items[1]!) },
    done: 1,
  };
  /** An attempt stored before its first answer. */
  const fresh: StoredAttempt = { ...draw, count: 3, passScore: 3, responses: {}, done: 0 };

  /** Stored on item `i` of the attempt: the items before it answered right and moved past, item `i` answered with `response`. */
  const answeredUpTo = (i: number, response: readonly string[]): StoredAttempt => ({
    ...fresh,
    responses: Object.fromEntries([...items.slice(0, i).map((item) => [item.id, rightOf(item)] as const), [items[i]!.id, response]]),
    done: i,
  });

  it('draws the items again and gives the events to where the attempt was', () => {
    expect(parse(valid, page(2))).toEqual({ seed, attempt: 1, items, passScore: 2, events: [start, first, next, second] });
  });

  it('resumes an attempt stored at the intro at its first item, as the element always has', () => {
    const resumed = parse(storedAttempt(replay([]).context, draw), page(3))!;
    expect(resumed.events).toEqual([start]);
  });

  it.each([
    ['the first item', [start]],
    ['an item not yet answered', [start, first, next]],
    ['the feedback', [start, first, next, second]],
    ['the result', [start, first, next, second, next, third, next]],
  ])('brings a fresh machine back to %s', (_where, events: QuizEvent[]) => {
    const before = replay(events, items, 2);
    const resumed = parse(storedAttempt(before.context, draw), page(2))!;
    const after = replay(resumed.events, resumed.items, resumed.passScore);
    expect(after.value).toBe(before.value);
    expect(after.context).toEqual(before.context);
  });

  it('resumes an attempt of one item (the control of a count that does not draw the items answered, below)', () => {
    const one = { ...valid, count: 1, passScore: 1, responses: { [items[0]!.id]: rightOf(items[0]!) } };
    expect(parse(one, page(1, { count: 1 }))).toEqual({ seed, attempt: 1, items: items.slice(0, 1), passScore: 1, events: [start, first, next] });
  });

  it.each([0, 1, 2])('takes an answer to item %i on screen, the items before it answered', (i) => {
    // The control for the refusals below that answer one item wrongly: answered rightly, it resumes.
    expect(parse(answeredUpTo(i, rightOf(items[i]!)), page(3))).toMatchObject({ items, events: expect.arrayContaining([answer(rightOf(items[i]!))]) });
  });

  describe('a later attempt of the seed', () => {
    const items2 = drawItems(tree, scenarios, { seed, attempt: 2, count: 3 });

    it('draws that attempt’s items, not the first attempt’s, and resumes it', () => {
      expect(items2).toHaveLength(3);
      expect(items2.filter((item) => items.some((i) => i.id === item.id))).toEqual([]);
      const events = [start, answer(rightOf(items2[0]!)), next, answer(wrongOf(items2[1]!))];
      const before = replay(events, items2, 2);
      const stored = storedAttempt(before.context, { ...draw, attempt: 2 });
      const resumed = parse(stored, page(2))!;
      expect(resumed).toEqual({ seed, attempt: 2, items: items2, passScore: 2, events });
      const after = replay(resumed.events, resumed.items, resumed.passScore);
      expect(after.value).toBe(before.value);
      expect(after.context).toEqual(before.context);
    });

    it('refuses the first attempt’s answers stored as the second attempt', () => {
      expect(parse({ ...valid, attempt: 2 }, page(2))).toBeUndefined();
    });
  });

  describe('the page’s settings win over what was stored', () => {
    it('refuses an attempt of another count', () => {
      expect(parse(fresh, page(3, { count: 2 }))).toBeUndefined();
      expect(parse({ ...fresh, count: 2 }, page(3))).toBeUndefined();
      expect(parse({ ...fresh, count: 0 }, page(3))).toBeUndefined();
    });

    it('refuses an attempt of another pass score', () => {
      expect(parse(valid, page(3))).toBeUndefined();
      expect(parse(fresh, page(2))).toBeUndefined();
    });

    it('refuses an attempt of another seed than the page’s', () => {
      expect(parse(valid, page(2, { seed: 'another' }))).toBeUndefined();
    });

    it('resumes an attempt of the page’s seed', () => {
      expect(parse(valid, page(2, { seed }))).toEqual(parse(valid, page(2)));
      expect(parse(valid, page(2, { seed }))).toBeDefined();
    });

    it('resumes an attempt of any seed when the page sets none, drawing the items of the seed stored', () => {
      const other = drawItems(tree, scenarios, { seed: 'another', attempt: 1, count: 3 });
      expect(other.map((i) => i.id)).not.toEqual(items.map((i) => i.id));
      expect(parse({ ...fresh, seed: 'another' }, page(3))).toEqual({ seed: 'another', attempt: 1, items: other, passScore: 3, events: [start] });
      expect(parse({ ...fresh, seed: 'another' }, page(3, { seed: 'another' }))).toBeDefined();
    });
  });

  const allAnswered = { ...valid.responses, [items[2]!.id]: rightOf(items[2]!) };
  const poolItem = (id: string) => itemPool(tree, scenarios).find((item) => item.id === id)!;

  const corrupted: [string, unknown, QuizSettings][] = [
    ['nothing', null, page(3)],
    ['a list', [fresh], page(3)],
    ['no bank version', { ...fresh, bankVersion: undefined }, page(3)],
    ['a bank version that is not text', { ...fresh, bankVersion: 2 }, page(3)],
    ['a seed that is not text', { ...fresh, seed: 7 }, page(3)],
    ['no seed', { ...fresh, seed: undefined }, page(3)],
    ['no attempt', { ...fresh, attempt: undefined }, page(3)],
    ['attempt 0', { ...fresh, attempt: 0 }, page(3)],
    ['a negative attempt', { ...fresh, attempt: -1 }, page(3)],
    ['a fractional attempt', { ...fresh, attempt: 1.5 }, page(3)],
    ['an attempt past the safe integers (2^53 and more)', { ...fresh, attempt: 2 ** 60 }, page(3)],
    ['an attempt as text', { ...fresh, attempt: '2' }, page(3)],
    ['no pass score', { ...fresh, passScore: null }, page(3)],
    ['responses that are not an object', { ...fresh, responses: null }, page(3)],
    ['responses as a list', { ...fresh, responses: [] }, page(3)],
    ['done as text', { ...valid, done: '1' }, page(2)],
    ['a fractional done', { ...valid, done: 0.5, responses: { [items[0]!.id]: rightOf(items[0]!) } }, page(2)],
    ['a count the bank cannot draw', { ...fresh, count: 500 }, page(3, { count: 500 })],
    ['a count that does not draw the items answered', { ...valid, count: 1, passScore: 1 }, page(1, { count: 1 })],
    ['done beyond the items', { ...valid, responses: allAnswered, done: 4 }, page(2)],
    ['an answer to an item not drawn', { ...valid, responses: { ...valid.responses, nope: ['a'] } }, page(2)],
    ['an option id the item does not have', answeredUpTo(single, ['abcdefghij'[items[single]!.options.length]!]), page(3)],
    [
      'an answer in the pool’s option ids, not the drawn ones',
      answeredUpTo(single, [poolItem(items[single]!.id).options.find((o) => o.correct)!.id]),
      page(3),
    ],
    ['two options for a single-choice item', answeredUpTo(single, [...optionIds(items[single]!, true), optionIds(items[single]!, false)[0]!]), page(3)],
    ['no option for a single-choice item', answeredUpTo(single, []), page(3)],
    ['one option for a "Choose 2" item', answeredUpTo(chooseTwo, optionIds(items[chooseTwo]!, true).slice(0, 1)), page(3)],
    ['three options for a "Choose 2" item', answeredUpTo(chooseTwo, [...optionIds(items[chooseTwo]!, true), optionIds(items[chooseTwo]!, false)[0]!]), page(3)],
    ['the same option twice for a "Choose 2" item', answeredUpTo(chooseTwo, [optionIds(items[chooseTwo]!, true)[0]!, optionIds(items[chooseTwo]!, true)[0]!]), page(3)],
    ['an answer that is not a list', answeredUpTo(single, optionIds(items[single]!, true)[0]! as unknown as string[]), page(3)],
    ['an item moved past without an answer', { ...valid, responses: { [items[1]!.id]: wrongOf(items[1]!) } }, page(2)],
    ['an answer beyond the item on screen', { ...valid, done: 0 }, page(2)],
    ['the guide’s stored answers', { setting: 'general-support', circumstances: ['none'] }, page(3)],
  ];

  it.each(corrupted)('refuses %s', (_what, value, settings) => {
    expect(parse(value, settings)).toBeUndefined();
  });

  it('refuses a pass score JSON cannot hold', () => {
    expect(parseStoredAttempt({ ...fresh, passScore: Infinity }, tree, scenarios, page(3))).toBeUndefined();
  });

  it('refuses an attempt stored before the bank changed', () => {
    // The same draw and answers, stored from a bank of another version.
    expect(parse({ ...valid, bankVersion: `${bankVersion}-older` }, page(2))).toBeUndefined();
    // The bank has a new version: what was stored with the old one is dropped.
    expect(parseStoredAttempt(throughJson(valid), tree, { ...scenarios, version: `${bankVersion}-newer` }, page(2))).toBeUndefined();
  });
});

/**
 * What `persist` keeps of a quiz attempt: `storedAttempt` from the machine's context, and
 * `parseStoredAttempt` back to the items and the events that replay it, through JSON as
 * sessionStorage holds it. Corrupted, stale or foreign values give `undefined`.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawAttempt, itemPool, parseStoredAttempt, quizMachine, storedAttempt, type QuizEvent, type QuizItem, type StoredAttempt } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';

// The attempt is drawn from these three items only, not from the whole bank: which items a seed
// draws from the whole bank changes whenever a scenario joins or leaves it, and that is not what
// these tests are about. Only a change to these items (or to drawAttempt) changes the draw.
// parseStoredAttempt draws again from the same three.
const bank = itemPool(tree, scenarios);
const ids = ['SC13:single', 'competence-authority-duty', 'SC27:choose-two'];
const pool = bank.filter((i) => ids.includes(i.id));
const seed = 'view-2';
const items = drawAttempt(pool, { count: 3, seed });

type Snapshot = SnapshotFrom<typeof quizMachine>;

function replay(events: readonly QuizEvent[], attempt: readonly QuizItem[] = items, passScore?: number): Snapshot {
  let [snapshot] = initialTransition(quizMachine, { items: attempt, passScore });
  for (const event of events) snapshot = transition(quizMachine, snapshot, event)[0];
  return snapshot;
}

/** As sessionStorage gives it back. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const start: QuizEvent = { type: 'start' };
const next: QuizEvent = { type: 'next' };
const answer = (...optionIds: string[]): QuizEvent => ({ type: 'answer', optionIds });
const first = answer('outcome:guide-own-service');
const second = answer('show-help-contacts', 'recommend-a-bank');
const third = answer('outcome:no-eid-alternatives', 'outcome:refer-service-owner');

// Every expectation below is written for this draw: a change to these items or to drawAttempt shows here first.
beforeAll(() => expect(items.map((i) => i.id)).toEqual(['SC13:single', 'competence-authority-duty', 'SC27:choose-two']));

describe('storedAttempt', () => {
  it('keeps the seed, the count, the pass score, the answers and the items moved past', () => {
    expect(storedAttempt(replay([start, first, next, second], items, 2).context, seed)).toEqual({
      seed,
      count: 3,
      passScore: 2,
      responses: { 'SC13:single': ['outcome:guide-own-service'], 'competence-authority-duty': ['show-help-contacts', 'recommend-a-bank'] },
      done: 1,
    });
  });

  it('counts every item as done at the result, and none at the intro', () => {
    expect(storedAttempt(replay([start, first, next, second, next, third, next]).context, seed)).toMatchObject({ done: 3 });
    expect(storedAttempt(replay([]).context, seed)).toEqual({ seed, count: 3, passScore: 3, responses: {}, done: 0 });
  });
});

describe('parseStoredAttempt', () => {
  const valid: StoredAttempt = {
    seed,
    count: 3,
    passScore: 2,
    responses: { 'SC13:single': ['outcome:guide-own-service'], 'competence-authority-duty': ['show-help-contacts', 'recommend-a-bank'] },
    done: 1,
  };
  /** An attempt stored before its first answer. */
  const fresh: StoredAttempt = { seed, count: 3, passScore: 3, responses: {}, done: 0 };

  it('draws the items again and gives the events to where the attempt was', () => {
    expect(parseStoredAttempt(throughJson(valid), pool)).toEqual({ seed, items, passScore: 2, events: [start, first, next, second] });
  });

  it('draws the items of the seed stored', () => {
    const other = drawAttempt(pool, { count: 3, seed: 'another' });
    expect(other.map((i) => i.id)).not.toEqual(items.map((i) => i.id));
    expect(parseStoredAttempt(throughJson({ ...fresh, seed: 'another' }), pool)).toEqual({ seed: 'another', items: other, passScore: 3, events: [start] });
  });

  it('resumes an attempt stored at the intro at its first item, as the element always has', () => {
    const resumed = parseStoredAttempt(throughJson(storedAttempt(replay([]).context, seed)), pool)!;
    expect(resumed.events).toEqual([start]);
  });

  it.each([
    ['the first item', [start]],
    ['an item not yet answered', [start, first, next]],
    ['the feedback', [start, first, next, second]],
    ['the result', [start, first, next, second, next, third, next]],
  ])('brings a fresh machine back to %s', (_where, events: QuizEvent[]) => {
    const before = replay(events, items, 2);
    const resumed = parseStoredAttempt(throughJson(storedAttempt(before.context, seed)), pool)!;
    const after = replay(resumed.events, resumed.items, resumed.passScore);
    expect(after.value).toBe(before.value);
    expect(after.context).toEqual(before.context);
  });

  const allAnswered = { ...valid.responses, 'SC27:choose-two': ['outcome:no-eid-alternatives', 'outcome:refer-service-owner'] };

  const corrupted: [string, unknown][] = [
    ['nothing', null],
    ['a seed that is not text', { ...fresh, seed: 7 }],
    ['no pass score', { ...fresh, passScore: null }],
    ['responses that are not an object', { ...fresh, responses: null }],
    ['responses as a list', { ...fresh, responses: [] }],
    ['done as text', { ...valid, done: '1' }],
    ['a fractional done', { ...valid, done: 0.5, responses: { 'SC13:single': ['outcome:guide-own-service'] } }],
    ['a count of zero', { ...fresh, count: 0 }],
    ['a count the bank cannot draw', { ...fresh, count: 500 }],
    ['a count that does not draw the items answered', { ...valid, count: 1 }],
    ['done beyond the items', { ...valid, responses: allAnswered, done: 4 }],
    ['an answer to an item not drawn', { ...valid, responses: { ...valid.responses, nope: ['a'] } }],
    ['an answer naming an option of another item', { ...valid, responses: { ...valid.responses, 'SC13:single': ['show-help-contacts'] } }],
    ['two options for a single-choice item', { ...valid, responses: { ...valid.responses, 'SC13:single': ['outcome:guide-own-service', 'wrong:send-to-library'] } }],
    ['one option for a "Choose 2" item', { ...valid, responses: { ...valid.responses, 'competence-authority-duty': ['show-help-contacts'] } }],
    ['the same option twice for a "Choose 2" item', { ...valid, responses: { ...valid.responses, 'competence-authority-duty': ['show-help-contacts', 'show-help-contacts'] } }],
    ['an item moved past without an answer', { ...valid, responses: { 'competence-authority-duty': ['show-help-contacts', 'recommend-a-bank'] } }],
    ['an answer beyond the item on screen', { ...valid, done: 0 }],
    ['the guide’s stored answers', { setting: 'general-support', circumstances: ['none'] }],
  ];

  it.each(corrupted)('refuses %s', (_what, value) => {
    expect(parseStoredAttempt(throughJson(value), pool)).toBeUndefined();
  });

  it('refuses a pass score JSON cannot hold', () => {
    expect(parseStoredAttempt({ ...fresh, passScore: Infinity }, pool)).toBeUndefined();
  });

  it('refuses an attempt stored before the bank changed', () => {
    // The right answer of the first item drawn is now another outcome: the same draw, an option id gone.
    const renamed = pool.map((item) =>
      item.id === 'SC13:single' ? { ...item, options: item.options.map((o) => (o.id === 'outcome:guide-own-service' ? { ...o, id: 'outcome:own-channel' } : o)) } : item,
    );
    expect(drawAttempt(renamed, { count: 3, seed }).map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(parseStoredAttempt(throughJson(valid), renamed)).toBeUndefined();
    // A scenario left the bank and another came: the same seed draws other items.
    const replaced = [...pool.filter((item) => item.scenarioId !== 'SC13'), bank.find((item) => item.id === 'SC22:single')!];
    expect(drawAttempt(replaced, { count: 3, seed }).map((i) => i.id)).not.toEqual(items.map((i) => i.id));
    expect(parseStoredAttempt(throughJson(valid), replaced)).toBeUndefined();
  });
});

/**
 * What `persist` keeps of a quiz attempt: how to draw it again (seed and count) and the answers
 * given, never text or anything personal; and how a stored value comes back. A value that is
 * corrupted, stale (the bank changed) or foreign gives `undefined`, and the element drops it.
 * The storage itself is src/persistence/'s.
 */
import { choicesNeeded } from './choices.js';
import { drawAttempt } from './generate-items.js';
import type { QuizContext, QuizEvent } from './quiz-machine.js';
import type { QuizItem, QuizResponses } from './quiz.types.js';

export interface StoredAttempt {
  readonly seed: string;
  /** Items drawn. */
  readonly count: number;
  readonly passScore: number;
  /** The options chosen, keyed by item id. */
  readonly responses: QuizResponses;
  /** Items answered and moved past (all of them at the result). */
  readonly done: number;
}

/** A stored attempt as the element starts it again. */
export interface ResumedAttempt {
  readonly seed: string;
  /** Drawn again from the seed. */
  readonly items: readonly QuizItem[];
  readonly passScore: number;
  /** The events that bring a fresh quiz machine back to where the attempt was. */
  readonly events: readonly QuizEvent[];
}

/** What to store of the machine's `context`, for an attempt drawn with `seed`. */
export function storedAttempt(context: QuizContext, seed: string): StoredAttempt {
  const { items, passScore, responses, index, score } = context;
  // The machine sets the score on reaching the result, and only then.
  return { seed, count: items.length, passScore, responses, done: score ? items.length : index };
}

/**
 * The attempt a stored value describes, drawn again from `pool`, if the value still fits: the
 * count draws as many items, each answer names distinct options of its own item, as many as the
 * item asks for, and the answered items are the first `done` and perhaps the one after.
 */
export function parseStoredAttempt(value: unknown, pool: readonly QuizItem[]): ResumedAttempt | undefined {
  if (!isRecord(value)) return undefined;
  const { seed, count, passScore, responses, done } = value;
  if (typeof seed !== 'string' || typeof count !== 'number' || typeof passScore !== 'number' || !Number.isFinite(passScore)) return undefined;
  if (!isRecord(responses) || !isWhole(done)) return undefined;
  const items = drawAttempt(pool, { count, seed });
  if (items.length === 0 || items.length !== count || done > items.length) return undefined;
  const position = new Map(items.map((item, i) => [item.id, i]));
  const fits = Object.entries(responses).every(([id, chosen]) => {
    const i = position.get(id);
    return i !== undefined && i <= done && fitsItem(items[i]!, chosen);
  });
  if (!fits || items.slice(0, done).some((item) => !Object.hasOwn(responses, item.id))) return undefined;
  return { seed, items, passScore, events: resumeEvents(items, responses as QuizResponses, done) };
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isWhole = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function fitsItem(item: QuizItem, chosen: unknown): boolean {
  const ids = new Set(item.options.map((o) => o.id));
  return Array.isArray(chosen) && chosen.length === choicesNeeded(item) && new Set(chosen).size === chosen.length && chosen.every((id) => ids.has(id));
}

/** Start, then each answered item's answer, and `next` past each of the first `done`. */
function resumeEvents(items: readonly QuizItem[], responses: QuizResponses, done: number): QuizEvent[] {
  const events: QuizEvent[] = [{ type: 'start' }];
  items.forEach((item, i) => {
    const response = responses[item.id];
    if (i > done || !response) return;
    events.push({ type: 'answer', optionIds: response });
    if (i < done) events.push({ type: 'next' });
  });
  return events;
}

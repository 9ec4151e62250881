/**
 * What `persist` keeps of a quiz attempt: how to draw it again (bank version, seed, attempt, count)
 * and the answers given, never text or anything personal; and how a stored value comes back. A value
 * that is corrupted, stale (another bank version) or made for other settings gives `undefined`, and the element drops it.
 * The storage itself is src/persistence/'s.
 */
import type { ScenarioBank } from '../scenarios/scenario.types.js';
import type { TreeDefinition } from '../tree/tree.types.js';
import { choicesNeeded } from './choices.js';
import { drawItems } from './draw-items.js';
import type { QuizContext, QuizEvent } from './quiz-machine.js';
import type { QuizSettings } from './quiz-settings.js';
import type { QuizItem, QuizResponses } from './quiz.types.js';

export interface StoredAttempt {
  /** The bank's `version` when the attempt was drawn: another version's attempt is dropped. */
  readonly bankVersion: string;
  readonly seed: string;
  /** Which attempt of the seed (1 for the first, 2 after "Take it again"...). */
  readonly attempt: number;
  /** Items drawn. */
  readonly count: number;
  readonly passScore: number;
  /** The options chosen (their opaque ids), keyed by item id. */
  readonly responses: QuizResponses;
  /** Items answered and moved past (all of them at the result). */
  readonly done: number;
}

/** A stored attempt as the element starts it again. */
export interface ResumedAttempt {
  readonly seed: string;
  readonly attempt: number;
  /** Drawn again from the seed and the attempt's number. */
  readonly items: readonly QuizItem[];
  readonly passScore: number;
  /** The events that bring a fresh quiz machine back to where the attempt was. */
  readonly events: readonly QuizEvent[];
}

/** What to store of the machine's `context`, for attempt `attempt` of `seed` drawn from a bank of `bankVersion`. */
export function storedAttempt(context: QuizContext, draw: { readonly bankVersion: string; readonly seed: string; readonly attempt: number }): StoredAttempt {
  const { items, passScore, responses, index, score } = context;
  // The machine sets the score on reaching the result, and only then.
  return { ...draw, count: items.length, passScore, responses, done: score ? items.length : index };
}

/**
 * The attempt a stored value describes, drawn again, if it still fits: the same bank version, the
 * page's settings (count, pass score and, when the page sets one, seed: the page's settings win
 * over what was stored), each answer naming distinct options of its own item, as many as the item
 * asks for, and the answered items the first `done` and perhaps the one after.
 */
export function parseStoredAttempt(value: unknown, tree: TreeDefinition, bank: ScenarioBank, settings: QuizSettings): ResumedAttempt | undefined {
  if (!isRecord(value)) return undefined;
  const { bankVersion, seed, attempt, count, passScore, responses, done } = value;
  if (bankVersion !== bank.version || typeof seed !== 'string' || !isWhole(attempt) || attempt < 1) return undefined;
  if (count !== settings.count || passScore !== settings.passScore || (settings.seed !== undefined && seed !== settings.seed)) return undefined;
  if (!isRecord(responses) || !isWhole(done)) return undefined;
  const items = drawItems(tree, bank, { seed, attempt, count });
  if (items.length === 0 || items.length !== count || done > items.length) return undefined;
  const position = new Map(items.map((item, i) => [item.id, i]));
  const fits = Object.entries(responses).every(([id, chosen]) => {
    const i = position.get(id);
    return i !== undefined && i <= done && fitsItem(items[i]!, chosen);
  });
  if (!fits || items.slice(0, done).some((item) => !Object.hasOwn(responses, item.id))) return undefined;
  return { seed, attempt, items, passScore, events: resumeEvents(items, responses as QuizResponses, done) };
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isWhole = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

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

/**
 * The quiz's settings as a page gives them (`items`, `pass-score`, `seed`: attribute text or
 * property values of any type; `actor`, an xAPI Agent object; `attemptState`, an attempt to resume),
 * checked: usable numbers and text, or a problem for each that is not, so the element shows an
 * error instead of a quiz that passes, fails or stays blank silently. The objects are copied as
 * plain data when checked (a getter that throws is a problem, not a blank quiz; a change to the
 * host's object afterwards changes nothing).
 */
import type { ScenarioBank } from '../scenarios/scenario.types.js';
import type { TreeDefinition } from '../tree/tree.types.js';
import { itemPool, situationOf } from './generate-items.js';
import { readPlainData } from '../tree/plain-data.js';
import { xapiActorProblem, type XapiActor } from './xapi.js';

/** Items an attempt draws when the page does not say. */
export const DEFAULT_ITEM_COUNT = 10;

export interface QuizSettings {
  /** Items in an attempt. */
  readonly count: number;
  /** Items needed to pass: from 1 to `count`. */
  readonly passScore: number;
  /** The page's seed; `undefined` when it sets none (each attempt's seed is then random). */
  readonly seed: string | undefined;
  /** The learner for the xAPI statement, as the host identifies them; `undefined` when it gives none. */
  readonly actor?: XapiActor;
  /** A copy, as plain data, of the attempt the host gave to resume (checked against the bank when drawn). */
  readonly attemptState?: unknown;
}

export interface QuizSettingProblem {
  readonly setting: 'items' | 'pass-score' | 'seed' | 'actor' | 'attempt-state';
  /** The value as given, for the message (`String()` of it, quoted text). */
  readonly given: string;
  /** What the setting takes, in English for the developer (the element shows it as is). */
  readonly expected: string;
}

export type QuizSettingsResult = { readonly settings: QuizSettings; readonly problems: readonly [] } | { readonly settings: undefined; readonly problems: readonly QuizSettingProblem[] };

/** Situations (and competence items) the bank can give in one attempt: at most one item per situation, and per family of alike situations. */
export function maxItemCount(tree: TreeDefinition, bank: ScenarioBank): number {
  const of = situationOf(bank);
  return new Set(itemPool(tree, bank).map((item) => of(item) ?? item.id)).size;
}

/** A host's object as plain data, or why it cannot be read (a getter or proxy that throws, a cycle, a function). */
function plainCopy(value: unknown): { readonly value: unknown } | { readonly unreadable: string } {
  const problems: string[] = [];
  const copy = readPlainData(value, (path, _code, message) => problems.push(`${path || '/'}: ${message}`));
  return problems.length > 0 ? { unreadable: problems.slice(0, 3).join('; ') } : { value: copy };
}

/** A whole number written as digits (or given as a number); `undefined` for anything else. */
function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

const shown = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : Array.isArray(value) ? 'a list' : String(value));

/** `items`, `passScore`, `seed` and `actor` as the page set them (`null` or `undefined`: not set). */
export function quizSettings(given: { readonly items: unknown; readonly passScore: unknown; readonly seed: unknown; readonly actor?: unknown; readonly attemptState?: unknown }, maxItems: number): QuizSettingsResult {
  const problems: QuizSettingProblem[] = [];
  let count = DEFAULT_ITEM_COUNT;
  if (given.items != null) {
    const n = wholeNumber(given.items);
    if (n === undefined || n < 1 || n > maxItems) problems.push({ setting: 'items', given: shown(given.items), expected: `a whole number from 1 to ${maxItems}` });
    else count = n;
  }
  count = Math.min(count, maxItems);
  let passScore = count;
  if (given.passScore != null) {
    const n = wholeNumber(given.passScore);
    if (n === undefined || n < 1 || n > count) problems.push({ setting: 'pass-score', given: shown(given.passScore), expected: `a whole number from 1 to the number of items (${count})` });
    else passScore = n;
  }
  let seed: string | undefined;
  if (given.seed != null) {
    if ((typeof given.seed === 'string' && given.seed.trim() !== '') || (typeof given.seed === 'number' && Number.isFinite(given.seed))) seed = String(given.seed);
    else problems.push({ setting: 'seed', given: shown(given.seed), expected: 'text that is not empty' });
  }
  let actor: XapiActor | undefined;
  if (given.actor != null) {
    const copy = plainCopy(given.actor);
    const problem = 'unreadable' in copy ? `an object whose values can be read (${copy.unreadable})` : xapiActorProblem(copy.value);
    if (problem) problems.push({ setting: 'actor', given: 'value' in copy ? (Array.isArray(copy.value) ? 'a list' : (JSON.stringify(copy.value) ?? String(copy.value))) : 'an object', expected: `an xAPI Agent: ${problem}` });
    else actor = (copy as { value: XapiActor }).value;
  }
  let attemptState: unknown;
  if (given.attemptState != null) {
    const copy = plainCopy(given.attemptState);
    if ('unreadable' in copy) problems.push({ setting: 'attempt-state', given: 'an object', expected: `an attempt from digituki-quiz-progress whose values can be read (${copy.unreadable})` });
    else attemptState = copy.value;
  }
  return problems.length > 0
    ? { settings: undefined, problems }
    : { settings: { count, passScore, seed, ...(actor ? { actor } : {}), ...(attemptState !== undefined ? { attemptState } : {}) }, problems: [] };
}

/**
 * The items of one attempt, drawn from a bank's item pool: reproducible from a seed and the
 * attempt's number, with no item of an earlier attempt of the same seed while the round has unused
 * items, at most one item per situation, no right-answer text shared by two items (in any
 * language), and each item's options shown in an order shuffled afresh. Each option keeps one
 * letter (`a`, `b`, `c`...) in every attempt and for every learner, from an order derived from the
 * item's id alone, so an LMS's report compares answers across learners and attempts; where the
 * right option's letter falls follows that order, never its being right. The letters are SCORM 1.2
 * choice values as they are. Any attempt number costs what the first attempts of its round cost:
 * the round is computed, not replayed.
 */
import type { ScenarioBank } from '../scenarios/scenario.types.js';
import type { TreeDefinition } from '../tree/tree.types.js';
import { itemPool, situationOf } from './generate-items.js';
import { optionText } from './quiz-text.js';
import { seededRandom, shuffled } from './random.js';
import type { QuizItem } from './quiz.types.js';

export interface DrawOptions {
  /** Any text: the same seed and attempt draw the same items in the same order with the same options. */
  readonly seed: string;
  /** 1 for the first attempt of a seed, 2 for "Take it again", and so on. */
  readonly attempt: number;
  /** How many items (fewer if the pool cannot give as many different situations). */
  readonly count: number;
}

/** A bank's pool with, per item, the texts of its right options in every locale. */
interface PreparedPool {
  readonly items: readonly QuizItem[];
  readonly rightTexts: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per item, the situation it is of for "one per attempt": its scenario's family, else its scenario (none for a competence item). */
  readonly situation: ReadonlyMap<string, string | undefined>;
}

const prepared = new WeakMap<ScenarioBank, WeakMap<TreeDefinition, PreparedPool>>();

function preparedPool(tree: TreeDefinition, bank: ScenarioBank): PreparedPool {
  let byTree = prepared.get(bank);
  if (!byTree) prepared.set(bank, (byTree = new WeakMap()));
  let pool = byTree.get(tree);
  if (!pool) {
    const items = itemPool(tree, bank).map(lettered);
    const rightTexts = new Map(
      items.map((item) => [item.id, new Set(item.options.filter((o) => o.correct).flatMap((o) => bank.locales.map((locale) => optionText(tree, bank, locale, o).text)))]),
    );
    const of = situationOf(bank);
    const situation = new Map(items.map((item) => [item.id, of(item)]));
    byTree.set(tree, (pool = { items, rightTexts, situation }));
  }
  return pool;
}

/**
 * The bank's item pool with each option's fixed letter, options in letter order: what every
 * attempt's letters are (a trainer's legend of the LMS's reports).
 */
export function letteredPool(tree: TreeDefinition, bank: ScenarioBank): QuizItem[] {
  return preparedPool(tree, bank).items.map((item) => ({ ...item, options: [...item.options].sort((a, b) => OPTION_IDS.indexOf(a.id) - OPTION_IDS.indexOf(b.id)) }));
}

/** Option ids: `a` to `z`, then `0` to `9` (SCORM 1.2 choice values are one character). */
export const OPTION_IDS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * The items of attempt `attempt` of `seed`. Attempts come in rounds of as many attempts as the
 * pool holds `count` items (8 of 10 from 80); a round draws from one order of the pool (the seed's
 * and the round's): each of its attempts takes the first items, in that order, that no earlier
 * attempt of the round has had and that fit (a situation of its own, no right text of an item
 * already drawn), taking used ones only when the unused run short. So an attempt replays at most
 * the attempts before it in its round, whatever its number (a tampered 10,000,000 costs what
 * attempt 2 does).
 */
export function drawItems(tree: TreeDefinition, bank: ScenarioBank, { seed, attempt, count }: DrawOptions): QuizItem[] {
  if (!Number.isSafeInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a whole number from 1, not ${String(attempt)}`);
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`count must be a whole number from 1, not ${String(count)}`);
  const pool = preparedPool(tree, bank);
  const perRound = Math.max(1, Math.floor(pool.items.length / count));
  const round = Math.floor((attempt - 1) / perRound);
  const order = roundOrder(pool, seed, round);
  const used = new Set<string>();
  let drawn: QuizItem[] = [];
  for (let a = round * perRound + 1; a <= attempt; a++) {
    drawn = pick(pool, [...order.filter((i) => !used.has(i.id)), ...order.filter((i) => used.has(i.id))], count);
    for (const item of drawn) used.add(item.id);
  }
  return drawn.map((item) => ({ ...item, options: shuffled(item.options, seededRandom(`${seed}\u0000${attempt}\u0000${item.id}`)) }));
}

function roundOrder(pool: PreparedPool, seed: string, round: number): QuizItem[] {
  return shuffled(pool.items, seededRandom(round === 0 ? seed : `${seed}\u0000round ${round}`));
}

/** The first `count` items of `candidates` that fit together. */
function pick(pool: PreparedPool, candidates: readonly QuizItem[], count: number): QuizItem[] {
  const drawn: QuizItem[] = [];
  const situations = new Set<string>();
  const rightTexts = new Set<string>();
  for (const item of candidates) {
    if (drawn.length >= count) break;
    const situation = pool.situation.get(item.id);
    if (situation !== undefined && situations.has(situation)) continue;
    const texts = pool.rightTexts.get(item.id)!;
    if ([...texts].some((text) => rightTexts.has(text))) continue;
    if (situation !== undefined) situations.add(situation);
    for (const text of texts) rightTexts.add(text);
    drawn.push(item);
  }
  return drawn;
}

/** The item with its options' fixed letters: an order of the letters derived from the item's id alone. */
function lettered(item: QuizItem): QuizItem {
  if (item.options.length > OPTION_IDS.length) throw new RangeError(`item ${item.id} has more options than SCORM 1.2 choice values (${OPTION_IDS.length})`);
  const letters = shuffled([...OPTION_IDS.slice(0, item.options.length)], seededRandom(`letters\u0000${item.id}`));
  return { ...item, options: item.options.map((option, i) => ({ ...option, id: letters[i]! })) };
}

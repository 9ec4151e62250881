/**
 * `drawAttempt`: one attempt of the badge quiz as plain, localized data, for the quiz element and
 * for anything else that shows or prints an attempt (a trainer's answer key, an LMS package). The
 * same arguments give the same attempt; `right` and `why` are there for scoring and feedback, and
 * a page should show them only after an answer (option ids are opaque: `a`, `b`, `c`...).
 */
import type { ScenarioBank } from '../scenarios/scenario.types.js';
import type { TreeDefinition } from '../tree/tree.types.js';
import { drawItems, type DrawOptions } from './draw-items.js';
import { itemText, optionText } from './quiz-text.js';
import type { QuizItem, QuizItemKind } from './quiz.types.js';

export interface AttemptOptions extends DrawOptions {
  /** One of the bank's locales. */
  readonly locale: string;
}

export interface AttemptOption {
  /** Opaque: `a`, `b`, `c`... in the order shown. */
  readonly id: string;
  readonly text: string;
  readonly right: boolean;
  /** Why the option is right or wrong. */
  readonly why: string | undefined;
  /** Principle ids (the tree's catalogue) the option rests on or goes against. */
  readonly principles: readonly string[];
}

export interface AttemptItem {
  /** `SC13:single`, `SC27:choose-2`, or a competence item's id. */
  readonly id: string;
  readonly kind: QuizItemKind;
  /** The situation's title, or the competence question. */
  readonly title: string;
  /** The situation, for items about one. */
  readonly situation: string | undefined;
  /** What the item asks: "Choose the right course of action." or "Choose 2." in the badge's words. */
  readonly prompt: string;
  readonly options: readonly AttemptOption[];
}

/** The items of one attempt in `locale`. Throws a `RangeError` for a locale the bank lacks or a bad `attempt` or `count`. */
export function drawAttempt(tree: TreeDefinition, bank: ScenarioBank, { locale, ...draw }: AttemptOptions): AttemptItem[] {
  if (!bank.locales.includes(locale)) throw new RangeError(`locale "${locale}" is not one of the bank's (${bank.locales.join(', ')})`);
  return drawItems(tree, bank, draw).map((item) => localizedItem(tree, bank, locale, item));
}

/** A drawn item in `locale`. */
export function localizedItem(tree: TreeDefinition, bank: ScenarioBank, locale: string, item: QuizItem): AttemptItem {
  const { heading, situation } = itemText(tree, bank, locale, item);
  return {
    id: item.id,
    kind: item.kind,
    title: heading,
    situation,
    prompt: bank.promptText[locale]![item.kind],
    options: item.options.map((option) => {
      const { text, why } = optionText(tree, bank, locale, option);
      return { id: option.id, text, right: option.correct, why, principles: option.principles };
    }),
  };
}

/**
 * What `<digituki-quiz>` shows on each screen of its machine (the machine's tags), in one locale,
 * as plain data: the intro's count and pass rule, the item with its options in the order drawn,
 * every option of an answered item with the chosen and the right ones marked, why, and the principles, and the result
 * with the items to review. Words come from the bank and the tree; the UI's own sentences stay in
 * the element.
 */
import type { ScenarioBank } from '../scenarios/scenario.types.js';
import type { TreeDefinition } from '../tree/tree.types.js';
import { choicesNeeded } from './choices.js';
import { currentItem, type QuizContext, type QuizTag } from './quiz-machine.js';
import { isAnsweredRight } from './score.js';
import { itemText, optionText } from './quiz-text.js';
import type { QuizItem, QuizItemKind, QuizOption } from './quiz.types.js';

/** The machine's screens, one tag each. */
export const QUIZ_SCREENS: readonly QuizTag[] = ['intro', 'item', 'feedback', 'result'];

export interface QuizIntroView {
  readonly screen: 'intro';
  /** Items in the attempt. */
  readonly count: number;
  readonly passScore: number;
  /** Every item must be right to pass (the default). */
  readonly passAll: boolean;
}

/** Which item of how many, counted from 1. */
export interface QuizProgress {
  readonly number: number;
  readonly total: number;
}

export interface QuizItemView extends QuizProgress {
  readonly screen: 'item';
  readonly itemId: string;
  readonly kind: QuizItemKind;
  /** How many options the answer names. */
  readonly choose: 1 | 2;
  /** The scenario's title, or the competence question. */
  readonly heading: string;
  /** The situation, for scenario items. */
  readonly situation: string | undefined;
  /** What the item asks, in the badge's words ("Choose the right course of action.", "Choose 2."). */
  readonly prompt: string;
  /** In the order drawn. */
  readonly options: readonly { readonly id: string; readonly text: string }[];
}

/** An option in the feedback: every option stays, the chosen and the right ones marked. */
export interface QuizFeedbackOption {
  readonly id: string;
  readonly text: string;
  readonly chosen: boolean;
  readonly right: boolean;
  /** Why it is right (every right option) or wrong (a wrong option that was chosen); `undefined` for the others. */
  readonly why: string | undefined;
  /** The principles it rests on or goes against, for the options with a why; only those with text in the locale. */
  readonly principles: readonly QuizPrincipleView[];
}

export interface QuizPrincipleView {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

/** An answered item with what it teaches: the feedback after an answer, and the review of a missed item from the result. */
export interface QuizFeedbackView extends QuizProgress {
  readonly screen: 'feedback';
  readonly itemId: string;
  readonly kind: QuizItemKind;
  readonly heading: string;
  readonly situation: string | undefined;
  readonly prompt: string;
  readonly right: boolean;
  /** Every option, in the order shown. */
  readonly options: readonly QuizFeedbackOption[];
  /** The principles of the explained options, once each, in the options' order. */
  readonly principles: readonly QuizPrincipleView[];
  /** No item follows: next is the result. */
  readonly last: boolean;
}

/** An item answered wrong, for review. */
export interface QuizMissedItem {
  readonly itemId: string;
  /** Its place in the attempt, from 0: `feedbackView` shows it again. */
  readonly index: number;
  readonly heading: string;
  readonly situation: string | undefined;
  /** The right options' texts. */
  readonly right: readonly string[];
  /** The chosen options' texts. */
  readonly chosen: readonly string[];
}

export interface QuizResultView {
  readonly screen: 'result';
  readonly score: number;
  readonly total: number;
  readonly pass: boolean;
  readonly passScore: number;
  /** In the attempt's order. */
  readonly missed: readonly QuizMissedItem[];
}

export type QuizView = QuizIntroView | QuizItemView | QuizFeedbackView | QuizResultView;

/** The view of `screen` for the machine's `context`; the item and feedback screens show `currentItem`. */
export function quizView(tree: TreeDefinition, bank: ScenarioBank, locale: string, context: QuizContext, screen: QuizTag): QuizView {
  const { items, passScore } = context;
  switch (screen) {
    case 'intro':
      return { screen, count: items.length, passScore, passAll: passScore >= items.length };
    case 'item': {
      const item = currentItem(context)!;
      return {
        screen,
        ...progress(context),
        itemId: item.id,
        kind: item.kind,
        choose: choicesNeeded(item),
        ...headingOf(tree, bank, locale, item),
        prompt: bank.promptText[locale]![item.kind],
        options: item.options.map((option) => ({ id: option.id, text: optionText(tree, bank, locale, option).text })),
      };
    }
    case 'feedback':
      return feedbackView(tree, bank, locale, context, context.index);
    case 'result': {
      const score = context.score!;
      const texts = (options: readonly QuizOption[]) => options.map((o) => optionText(tree, bank, locale, o).text);
      const missed = items.filter((item) => !score.items.find((r) => r.id === item.id)?.correct);
      return {
        screen,
        score: score.score,
        total: score.total,
        pass: score.pass,
        passScore: score.passScore,
        missed: missed.map((item) => {
          const chosen = context.responses[item.id] ?? [];
          return {
            itemId: item.id,
            index: items.indexOf(item),
            ...headingOf(tree, bank, locale, item),
            right: texts(item.options.filter((o) => o.correct)),
            chosen: texts(item.options.filter((o) => chosen.includes(o.id))),
          };
        }),
      };
    }
  }
}

/**
 * Item `index` of the attempt as answered: the situation, every option with the chosen and the
 * right ones marked, why for each right option and each wrong one chosen, and their principles.
 * The feedback screen shows the current item; the result's review shows a missed one.
 */
export function feedbackView(tree: TreeDefinition, bank: ScenarioBank, locale: string, context: QuizContext, index: number): QuizFeedbackView {
  const item = context.items[index]!;
  const chosen = context.responses[item.id] ?? [];
  const principleText = tree.text[locale]!.principles;
  const principles = (ids: readonly string[]): QuizPrincipleView[] =>
    ids.filter((id) => Object.hasOwn(principleText, id)).map((id) => ({ id, title: principleText[id]!.title, text: principleText[id]!.text }));
  const options = item.options.map((option): QuizFeedbackOption => {
    const { text, why } = optionText(tree, bank, locale, option);
    const isChosen = chosen.includes(option.id);
    const explained = option.correct || isChosen;
    return { id: option.id, text, chosen: isChosen, right: option.correct, why: explained ? why : undefined, principles: explained ? principles(option.principles) : [] };
  });
  const seen = new Set<string>();
  return {
    screen: 'feedback',
    number: index + 1,
    total: context.items.length,
    itemId: item.id,
    kind: item.kind,
    ...headingOf(tree, bank, locale, item),
    prompt: bank.promptText[locale]![item.kind],
    right: isAnsweredRight(item, chosen),
    options,
    principles: options.flatMap((o) => o.principles).filter((p) => !seen.has(p.id) && seen.add(p.id)),
    last: index + 1 >= context.items.length,
  };
}

function progress(context: QuizContext): QuizProgress {
  return { number: context.index + 1, total: context.items.length };
}

function headingOf(tree: TreeDefinition, bank: ScenarioBank, locale: string, item: QuizItem): { heading: string; situation: string | undefined } {
  const { heading, situation } = itemText(tree, bank, locale, item);
  return { heading, situation };
}

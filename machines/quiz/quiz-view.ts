/**
 * What `<digituki-quiz>` shows on each screen of its machine (the machine's tags), in one locale,
 * as plain data: the intro's count and pass rule, the item with its options in the order drawn,
 * the feedback with the right answer, why the choice is wrong and the principles, and the result
 * with the items to review. Words come from the bank and the tree; the UI's own sentences stay in
 * the element.
 */
import type { ScenarioBank } from '../scenarios/scenario.types.js';
import type { TreeDefinition } from '../tree/tree.types.js';
import { choicesNeeded } from './choices.js';
import { currentAnswerRight, currentItem, type QuizContext, type QuizTag } from './quiz-machine.js';
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

/** An option in the feedback, with why it is right or wrong where the bank says. */
export interface QuizExplainedOption {
  readonly id: string;
  readonly text: string;
  readonly why: string | undefined;
}

export interface QuizPrincipleView {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

export interface QuizFeedbackView extends QuizProgress {
  readonly screen: 'feedback';
  readonly itemId: string;
  readonly right: boolean;
  /** The item's right options, in the order drawn. */
  readonly rightOptions: readonly QuizExplainedOption[];
  /** The wrong options the user chose, in the order drawn. */
  readonly wrongChosen: readonly QuizExplainedOption[];
  /** The first principle of each right option and of each wrong one chosen, once each. */
  readonly principles: readonly QuizPrincipleView[];
  /** No item follows: next is the result. */
  readonly last: boolean;
}

/** An item answered wrong, for review. */
export interface QuizMissedItem {
  readonly itemId: string;
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
    case 'feedback': {
      const item = currentItem(context)!;
      const chosen = context.responses[item.id] ?? [];
      const right = item.options.filter((o) => o.correct);
      const wrongChosen = item.options.filter((o) => !o.correct && chosen.includes(o.id));
      const explained = (option: QuizOption): QuizExplainedOption => {
        const { text, why } = optionText(tree, bank, locale, option);
        return { id: option.id, text, why };
      };
      return {
        screen,
        ...progress(context),
        itemId: item.id,
        right: currentAnswerRight(context),
        rightOptions: right.map(explained),
        wrongChosen: wrongChosen.map(explained),
        principles: principleViews(tree, locale, [...right, ...wrongChosen]),
        last: context.index + 1 >= items.length,
      };
    }
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
            ...headingOf(tree, bank, locale, item),
            right: texts(item.options.filter((o) => o.correct)),
            chosen: texts(item.options.filter((o) => chosen.includes(o.id))),
          };
        }),
      };
    }
  }
}

function progress(context: QuizContext): QuizProgress {
  return { number: context.index + 1, total: context.items.length };
}

function headingOf(tree: TreeDefinition, bank: ScenarioBank, locale: string, item: QuizItem): { heading: string; situation: string | undefined } {
  const { heading, situation } = itemText(tree, bank, locale, item);
  return { heading, situation };
}

/** The first principle of each option, once each, in the options' order; only those with text in `locale`. */
function principleViews(tree: TreeDefinition, locale: string, options: readonly QuizOption[]): QuizPrincipleView[] {
  const text = tree.text[locale]!.principles;
  const ids = new Set(options.flatMap((o) => o.principles.slice(0, 1)));
  return [...ids].filter((id) => Object.hasOwn(text, id)).map((id) => ({ id, title: text[id]!.title, text: text[id]!.text }));
}

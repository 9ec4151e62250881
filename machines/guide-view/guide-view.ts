/**
 * What `<digituki-guide>` shows for a state of its machine, in one locale, as plain data: the
 * question asked (its number, text and options with their state), the answers given so far, the
 * actions offered, and at the result the courses of action with their steps, principles and
 * referrals. The element only renders this; the engine decides it, and Node tests check it.
 */
import { selected } from '../answers/check-answers.js';
import { answerTo, currentQuestion, previousQuestion } from '../compile/guide-steps.js';
import { collectReasons } from '../recommend/collect-outcomes.js';
import { applicableNever } from '../recommend/never-items.js';
import { applicableReferrals } from '../recommend/referrals.js';
import type { GuideContext } from '../compile/guide.types.js';
import type { TreeIndex } from '../tree/index-tree.js';
import { linkableUrl } from '../tree/link-url.js';
import type { PrincipleStatus } from '../tree/tree.types.js';
import { answerLabels } from './answer-labels.js';
import { outcomeReading } from './outcome-reading.js';

export interface OptionView {
  readonly id: string;
  readonly label: string;
  readonly hint: string | undefined;
  /** Chosen before (an answer kept from earlier, or the user went back). */
  readonly checked: boolean;
  /** The "none of these" option of a multi question: it cannot be combined with the others. */
  readonly exclusive: boolean;
}

export interface QuestionView {
  readonly questionId: string;
  /** Its number among the questions the user answers (presets not counted). */
  readonly number: number;
  readonly title: string;
  readonly help: string;
  /** Several options may be chosen. */
  readonly multi: boolean;
  readonly options: readonly OptionView[];
}

/** One answered question in the list of answers. */
export interface AnswerRow {
  readonly questionId: string;
  readonly title: string;
  /** The chosen options' labels. */
  readonly labels: string;
  /** Set by the page: shown as such, not changeable. */
  readonly preset: boolean;
  /**
   * Given before a change to an earlier answer and kept: listed after the walk so far until the
   * walk reaches its question again (only while a question is asked).
   */
  readonly kept?: true;
}

export interface PrincipleView {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly status: PrincipleStatus;
}

export interface ReferralView {
  readonly id: string;
  readonly name: string;
  readonly detail: string;
  /** Only a safe address (see link-url.ts). */
  readonly url: string | undefined;
}

export interface NeverView {
  /** The item's id in the tree's catalogue: the same item under two courses has one id. */
  readonly id: string;
  readonly rank: number;
  readonly text: string;
}

/** Why a course of action is recommended: a rule's "because" phrase and the answers that made it apply. */
export interface ReasonView {
  /** Completes "because …"; absent for a tree without rule ids (the answers say it then). */
  readonly because: string | undefined;
  readonly answers: readonly AnswerRow[];
}

export interface OutcomeView {
  readonly id: string;
  /** The first course of action of the recommendation. */
  readonly primary: boolean;
  readonly title: string;
  readonly action: string;
  /** The team's reading (INFERRED), not an official rule. */
  readonly inferred: boolean;
  readonly steps: readonly string[];
  /** What not to do, most important (lowest rank) first. */
  readonly never: readonly NeverView[];
  /** Why it is recommended: one reason per rule that put it in. */
  readonly reasons: readonly ReasonView[];
  readonly principles: readonly PrincipleView[];
  readonly referrals: readonly ReferralView[];
}

export interface ResultView {
  /** Primary first; empty when a (custom) tree recommends nothing for the walk. */
  readonly outcomes: readonly OutcomeView[];
  /** What not to do under any of the courses: each item once, most important first. */
  readonly never: readonly NeverView[];
  /** Every answer of the walk, in order: why this advice. */
  readonly why: readonly AnswerRow[];
}

export interface GuideView {
  /** The question asked, or `undefined` at the result. */
  readonly question: QuestionView | undefined;
  /** The recommendation, or `undefined` while asking. */
  readonly result: ResultView | undefined;
  /** The answers given before the question asked (all of them at the result). */
  readonly answered: readonly AnswerRow[];
  /** There is an answered question to go back to. */
  readonly canGoBack: boolean;
  /** There are answers of the user's own to clear (presets stay). */
  readonly canStartOver: boolean;
}

export function guideView(index: TreeIndex, context: GuideContext, locale: string): GuideView {
  const text = index.tree.text[locale]!;
  const questionId = currentQuestion(index, context);
  const isPreset = (id: string) => Object.hasOwn(context.preset, id);
  const row = (id: string): AnswerRow => ({
    questionId: id,
    title: text.questions[id]!.title,
    labels: answerLabels(text, id, answerTo(context.answers, id)),
    preset: isPreset(id),
  });
  const answered = context.path.filter((id) => id !== questionId && answerTo(context.answers, id) !== undefined).map(row);
  // After a change the later answers wait, kept, for the walk to reach them again.
  const kept =
    questionId === undefined
      ? []
      : [...index.questions.keys()]
          .filter((id) => id !== questionId && !context.path.includes(id) && !isPreset(id) && answerTo(context.answers, id) !== undefined)
          .map((id): AnswerRow => ({ ...row(id), kept: true }));
  return {
    question: questionId === undefined ? undefined : questionView(index, context, locale, questionId),
    result: questionId === undefined ? resultView(index, context, locale, row, answered) : undefined,
    answered: [...answered, ...kept],
    canGoBack: previousQuestion(index, context) !== undefined,
    canStartOver: Object.keys(context.answers).some((id) => !isPreset(id)),
  };
}

function resultView(index: TreeIndex, context: GuideContext, locale: string, row: (id: string) => AnswerRow, answered: readonly AnswerRow[]): ResultView {
  const reasons = collectReasons(index, context.path, context.answers);
  const rules = index.tree.text[locale]!.rules;
  const outcomes = context.recommendation.map((id, i) =>
    outcomeView(index, locale, id, i === 0, context, (reasons.get(id) ?? []).map((r) => ({ because: r.rule === undefined ? undefined : rules?.[r.rule]?.because, answers: r.questions.map(row) }))),
  );
  const ids = [...new Set(context.recommendation.flatMap((id) => applicableNever(index.outcomes.get(id)!, context.path, context.answers)))];
  return { outcomes, never: neverView(index, locale, ids), why: answered };
}

function questionView(index: TreeIndex, context: GuideContext, locale: string, questionId: string): QuestionView {
  const question = index.questions.get(questionId)!;
  const text = index.tree.text[locale]!.questions[questionId]!;
  const chosen = selected(answerTo(context.answers, questionId));
  return {
    questionId,
    number: context.path.filter((id) => !Object.hasOwn(context.preset, id)).length,
    title: text.title,
    help: text.help,
    multi: question.kind === 'multi',
    options: question.options.map((option) => ({
      id: option.id,
      label: text.options[option.id]!.label,
      hint: text.options[option.id]!.hint,
      checked: chosen.includes(option.id),
      exclusive: option.exclusive === true,
    })),
  };
}

function outcomeView(index: TreeIndex, locale: string, id: string, primary: boolean, context: GuideContext, reasons: readonly ReasonView[]): OutcomeView {
  const { tree } = index;
  const text = tree.text[locale]!;
  const outcome = index.outcomes.get(id)!;
  const outcomeText = text.outcomes[id]!;
  return {
    id,
    primary,
    title: outcomeText.title,
    action: outcomeReading(tree, outcome, locale, context.path, context.answers).action,
    inferred: outcome.inferred === true,
    steps: outcomeText.steps,
    never: neverView(index, locale, applicableNever(outcome, context.path, context.answers)),
    reasons,
    principles: outcome.principles.map((principleId) => ({ id: principleId, ...text.principles[principleId]!, status: tree.principles[principleId]!.status })),
    referrals: applicableReferrals(outcome, context.path, context.answers).map((referralId) => ({ id: referralId, ...text.referrals[referralId]!, url: linkableUrl(tree.referrals[referralId]!.url) })),
  };
}

/** "Never" items by id, most important first; items of equal rank in the order given. */
export function neverView(index: TreeIndex, locale: string, ids: readonly string[]): NeverView[] {
  const { tree } = index;
  return ids
    .map((id) => ({ id, rank: tree.never![id]!.rank, text: tree.text[locale]!.never![id]! }))
    .sort((a, b) => a.rank - b.rank);
}

/**
 * The options checked after the user toggles `optionId` on a multi question: choosing the
 * exclusive "none of these" clears the others, and choosing another clears it.
 */
export function toggledOptions(question: QuestionView, checked: ReadonlySet<string>, optionId: string): Set<string> {
  const next = new Set(checked);
  if (next.has(optionId)) {
    const exclusive = question.options.find((o) => o.exclusive)?.id;
    for (const option of question.options) {
      if (option.id !== optionId && (optionId === exclusive || option.id === exclusive)) next.delete(option.id);
    }
  }
  return next;
}

/** The answer value for the options chosen on `question`: an option id, or a list for a multi question. */
export function answerValue(question: QuestionView, chosen: readonly string[]): string | readonly string[] {
  return question.multi ? chosen : chosen[0]!;
}

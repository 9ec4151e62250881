/**
 * Quiz items, generated from a scenario bank and its tree: no item text of their own, every
 * option points at text that exists once (a scenario's right or wrong course of action, a
 * competence statement).
 */

export type QuizItemKind = 'single' | 'choose-2';

/** Where an option's text comes from. */
export type QuizOptionSource =
  /** A right course of action: the scenario's `right` text for the outcome. */
  | { readonly kind: 'outcome'; readonly scenarioId: string; readonly outcomeId: string }
  | { readonly kind: 'distractor'; readonly scenarioId: string; readonly distractorId: string }
  | { readonly kind: 'competence'; readonly itemId: string; readonly optionId: string };

export interface QuizOption {
  /** Unique within its item. */
  readonly id: string;
  readonly correct: boolean;
  readonly source: QuizOptionSource;
  /** Principle ids the option rests on (right) or goes against (wrong), for the feedback. */
  readonly principles: readonly string[];
}

export interface QuizItem {
  /** `SC01:single`, `SC01:choose-2`, or a competence item's id. */
  readonly id: string;
  /** "Choose the right course of action" (one right) or "Choose 2" (exactly two right). */
  readonly kind: QuizItemKind;
  /** The scenario whose situation the item shows, if any. */
  readonly scenarioId?: string;
  /** The competence item it is, if it is one. */
  readonly competenceId?: string;
  readonly options: readonly QuizOption[];
}

/** The options the user chose, keyed by item id. */
export type QuizResponses = Readonly<Record<string, readonly string[]>>;

export interface QuizScore {
  readonly score: number;
  readonly total: number;
  /** At least `passScore` items right (all by default: the badge is awarded on correct answers). */
  readonly pass: boolean;
  readonly passScore: number;
  readonly items: readonly { readonly id: string; readonly correct: boolean }[];
}

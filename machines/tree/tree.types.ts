/**
 * The declarative decision-tree format. A tree is plain data (it can come from JSON): ids,
 * routing, which outcomes an answer adds, and localized text keyed by id. No functions.
 */

/** The `next` value that ends a walk and shows the recommendation. Not usable as a question id. */
export const RESULT = 'result';

/** Where the status of a principle comes from (see the domain brief). */
export const PRINCIPLE_STATUSES = ['VERIFIED', 'FROM-SEED-SUMMARY', 'INFERRED'] as const;
export type PrincipleStatus = (typeof PRINCIPLE_STATUSES)[number];

export const QUESTION_KINDS = ['single', 'multi'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * A condition on the answers of the walk: every listed question must be on the path and its
 * answer must be (single) or include (multi) one of the listed option ids.
 */
export type AnswerCondition = Readonly<Record<string, readonly string[]>>;

/**
 * An outcome id, or an outcome id added only when a condition on the answers holds (`when`)
 * and/or another does not (`unless`); at least one of the two is given.
 */
export type OutcomeAddition =
  | string
  | { readonly outcome: string; readonly when: AnswerCondition; readonly unless?: AnswerCondition }
  | { readonly outcome: string; readonly when?: AnswerCondition; readonly unless: AnswerCondition };

export interface OptionDefinition {
  readonly id: string;
  /**
   * The question asked next when this option is chosen, or `RESULT`. Defaults to the question's
   * `next`. On a multi question the first chosen option (in declared order) with a `next` wins.
   */
  readonly next?: string;
  /** Outcomes this answer adds to the recommendation. */
  readonly adds?: readonly OutcomeAddition[];
  /** Multi questions only: the "none of these" option, which cannot be combined with others. */
  readonly exclusive?: boolean;
}

export interface QuestionDefinition {
  readonly kind: QuestionKind;
  readonly options: readonly OptionDefinition[];
  /** Where the walk goes after this question unless the chosen option says otherwise. */
  readonly next?: string;
  /** The page may not answer it in advance (a preset): it is about this customer, asked every time. */
  readonly neverPreset?: boolean;
}

export interface OutcomeDefinition {
  readonly id: string;
  /** Ids from the tree's principles catalogue that this course of action rests on. */
  readonly principles: readonly string[];
  /** Ids from the tree's referral catalogue: where to refer the customer. */
  readonly referrals?: readonly string[];
  /**
   * When this outcome is recommended, every other outcome is dropped except those listed in
   * `keep` (a stop such as suspected fraud). The first overriding outcome in priority order wins.
   */
  readonly overrides?: { readonly keep: readonly string[] };
  /** The course of action is the team's reading (INFERRED in the brief), not an official rule. */
  readonly inferred?: boolean;
}

export interface PrincipleDefinition {
  /** VERIFIED, FROM-SEED-SUMMARY or INFERRED, as the domain brief labels it. */
  readonly status: PrincipleStatus;
  /** Source ids from the domain brief (S1...), where the tree carries them. */
  readonly sources?: readonly string[];
}

export interface ReferralDefinition {
  /** A public web address for the place referred to, when one is known. */
  readonly url?: string;
}

export interface QuestionText {
  readonly title: string;
  readonly help: string;
  readonly options: Readonly<Record<string, OptionText>>;
}

export interface OptionText {
  readonly label: string;
  /** One line that tells what the option covers. */
  readonly hint?: string;
}

export interface OutcomeText {
  /** The course of action as a heading. */
  readonly title: string;
  /** The course of action as one imperative sentence (a quiz option uses it too). */
  readonly action: string;
  readonly steps: readonly string[];
  /** What not to do. */
  readonly avoid: readonly string[];
}

export interface PrincipleText {
  readonly title: string;
  /** The principle in a sentence or two, in the team's own words. */
  readonly text: string;
}

export interface ReferralText {
  readonly name: string;
  readonly detail: string;
}

/** Every string of a tree in one locale, keyed by id. */
export interface TreeText {
  readonly title: string;
  readonly questions: Readonly<Record<string, QuestionText>>;
  readonly outcomes: Readonly<Record<string, OutcomeText>>;
  readonly principles: Readonly<Record<string, PrincipleText>>;
  readonly referrals: Readonly<Record<string, ReferralText>>;
}

export interface TreeDefinition {
  /** A stable id for the tree. */
  readonly id: string;
  /** Changes whenever routing or ids change; stored answers from another version are dropped. */
  readonly version: string;
  /** The locales every string must be given in, e.g. `['fi', 'sv', 'en']`. */
  readonly locales: readonly string[];
  /** The first question. */
  readonly start: string;
  /** Questions keyed by id. */
  readonly questions: Readonly<Record<string, QuestionDefinition>>;
  /** Outcomes in priority order: a recommendation lists them in this order, primary first. */
  readonly outcomes: readonly OutcomeDefinition[];
  /** The principles catalogue keyed by id. */
  readonly principles: Readonly<Record<string, PrincipleDefinition>>;
  /** Places to refer to, keyed by id. */
  readonly referrals: Readonly<Record<string, ReferralDefinition>>;
  /** Text keyed by locale code. */
  readonly text: Readonly<Record<string, TreeText>>;
}

/** An answer: an option id for a single question, option ids for a multi question. */
export type AnswerValue = string | readonly string[];

/** Answers keyed by question id (never by position). */
export type Answers = Readonly<Record<string, AnswerValue>>;
